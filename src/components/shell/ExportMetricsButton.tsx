import { useState } from 'react';
import { currentMetrics, datasetState, useAppStore } from '../../store';
import { downloadText } from '../common/download';

/** `export-metrics` in DESIGN.md's test contract: the figures for the current filters, as JSON. */
export function ExportMetricsButton() {
  const ready = useAppStore((s) => datasetState(s) === 'ready');
  const [busy, setBusy] = useState(false);
  const exportMetrics = async () => {
    setBusy(true);
    try {
      const metrics = await currentMetrics();
      downloadText('leadgap-metrics.json', `${JSON.stringify(metrics, null, 2)}\n`, 'application/json');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      data-testid="export-metrics"
      disabled={!ready || busy}
      onClick={() => void exportMetrics()}
    >
      {busy ? 'Exporting…' : 'Export metrics (JSON)'}
    </button>
  );
}
