import { calculatorExport } from '../lib/calculator';
import { metricsDocument } from '../lib/metrics/export';
import { useAppStore } from './app-store';
import { readyDb } from './ingest-service';
import { currentContext } from './use-metric';

/** The `leadgap-metrics.json` document for the current filters, definition and calculator. */
export async function currentMetrics() {
  const db = await readyDb();
  const state = useAppStore.getState();
  const rejectedRows = { leads: 0, deals: 0 };
  for (const upload of state.uploads) rejectedRows[upload.report.kind] += upload.report.rowsRejected;
  const ctx = await currentContext();
  return metricsDocument(db, rejectedRows, {
    filters: ctx.filters,
    definition: ctx.definition,
    known: ctx.known,
    calculator: calculatorExport(state.calculator),
  });
}
