import { getDb } from '../lib/db';
import { ensureSchema } from '../lib/ingest/schema';
import { metricsDocument } from '../lib/metrics/export';
import { useAppStore } from './app-store';

export async function currentMetrics() {
  const db = await getDb();
  await ensureSchema(db);
  const rejectedRows = { leads: 0, deals: 0 };
  for (const upload of useAppStore.getState().uploads) rejectedRows[upload.report.kind] += upload.report.rowsRejected;
  return metricsDocument(db, rejectedRows);
}
