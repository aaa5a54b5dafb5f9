import { useAppStore } from './app-store';
import { metricsExport } from './metrics-export';
import { currentEngine } from './use-metric';

/** The `leadgap-metrics.json` document for the current filters, definition and calculator. */
export async function currentMetrics() {
  const app = useAppStore.getState();
  const rejectedRows = { leads: 0, deals: 0 };
  for (const upload of app.uploads) rejectedRows[upload.report.kind] += upload.report.rowsRejected;
  const { engine, state } = await currentEngine();
  return metricsExport({
    engine,
    state,
    hasData: app.uploads.length > 0,
    calculator: app.calculator,
    rejectedRows,
    speedWithinMinutes: app.speedWithinMinutes,
    comparison: app.comparison,
  });
}
