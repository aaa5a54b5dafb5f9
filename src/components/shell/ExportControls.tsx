import { useState } from 'react';
import { metricsCsv } from '../../lib/export/metrics-csv';
import { currentMetrics, datasetState, useAppStore } from '../../store';
import { downloadText } from '../common/download';
import { Toast } from './Toast';

type Format = 'json' | 'csv';

/**
 * "Export": the figures for the current filters as JSON (`export-metrics` in DESIGN.md's test
 * contract, `leadgap-metrics.json`) or as a two-column CSV of the same figures for a spreadsheet.
 */
export function ExportControls() {
  const ready = useAppStore((s) => datasetState(s) === 'ready');
  const [busy, setBusy] = useState<Format | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (format: Format) => {
    setBusy(format);
    setProblem(null);
    try {
      const metrics = await currentMetrics();
      if (format === 'json') {
        downloadText('leadgap-metrics.json', `${JSON.stringify(metrics, null, 2)}\n`, 'application/json');
      } else downloadText('leadgap-metrics.csv', metricsCsv(metrics), 'text/csv');
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setProblem(`The figures could not be exported: ${why}. Try again; if it fails again, reload the page.`);
    } finally {
      setBusy(null);
    }
  };
  const why = ready ? undefined : 'Load your data first: there are no figures to export yet.';
  return (
    <>
      <div className="toolbar-group" role="group" aria-label="Export the figures">
        <span className="toolbar-caption" aria-hidden="true">
          Export
        </span>
        <button
          type="button"
          data-testid="export-metrics"
          aria-label="Export metrics as JSON"
          disabled={!ready || busy !== null}
          title={why ?? 'Every figure for the current filters, as JSON'}
          onClick={() => void run('json')}
        >
          {busy === 'json' ? '…' : 'JSON'}
        </button>
        <button
          type="button"
          data-testid="export-csv"
          aria-label="Export metrics as CSV"
          disabled={!ready || busy !== null}
          title={why ?? 'The same figures as a two-column CSV for a spreadsheet'}
          onClick={() => void run('csv')}
        >
          {busy === 'csv' ? '…' : 'CSV'}
        </button>
      </div>
      <Toast text={problem} problem testId="export-status" onClose={() => setProblem(null)} />
    </>
  );
}
