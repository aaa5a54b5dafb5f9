import { calculatorExport } from '../lib/calculator';
import { metricsDocument } from '../lib/metrics/export';
import { useAppStore } from './app-store';
import { readyDb } from './ingest-service';

export async function currentMetrics() {
  const db = await readyDb();
  const rejectedRows = { leads: 0, deals: 0 };
  for (const upload of useAppStore.getState().uploads)
    rejectedRows[upload.report.kind] += upload.report.rowsRejected;
  const calculator = calculatorExport(useAppStore.getState().calculator);
  return { ...(await metricsDocument(db, rejectedRows)), calculator };
}
