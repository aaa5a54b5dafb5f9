/**
 * "Share dashboard": every figure of every view for the current filters and lead definition,
 * collected from DuckDB (lib/share/snapshot-collect.ts), inlined with the viewer's script and styles
 * (dist/snapshot/, built by snapshot.vite.config.ts) into one HTML file, and downloaded.
 * Loaded only when the button is pressed.
 */
import { collectSnapshot } from '../../lib/share/snapshot-collect';
import type { SnapshotDocument } from '../../lib/share/snapshot-document';
import { snapshotHtml } from '../../lib/share/snapshot-html';
import { currentEngine, leadDimensions, prefilledCalculator, useAppStore } from '../../store';
import { toShared } from '../../store/calculator-slice';
import { downloadText } from '../common/download';

async function asset(name: string): Promise<string> {
  const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}snapshot/${name}`;
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new Error(`the snapshot viewer (${name}) could not be read from this site`);
  }
  if (!response.ok) {
    throw new Error(`the snapshot viewer (${name}) is missing from this build (run \`npm run build\`)`);
  }
  return response.text();
}

export async function buildSnapshot(options: {
  includeOwnerNames: boolean;
  onProgress?: (done: number, total: number) => void;
}): Promise<{ doc: SnapshotDocument; html: string; fileName: string }> {
  const viewer = Promise.all([asset('viewer.js'), asset('viewer.css')]);
  viewer.catch(() => undefined);
  const state = useAppStore.getState();
  const { engine, state: metrics } = await currentEngine();
  const calculator = await prefilledCalculator({
    engine,
    state: metrics,
    hasData: state.uploads.length > 0,
    calculator: state.calculator,
  });
  const doc = await collectSnapshot({
    ctx: await engine.context(metrics),
    run: (name, params) => engine.runNamed(metrics, name, params),
    dimensions: leadDimensions(state.uploads, state.definition.businessHours != null).filter(
      (d) => d.column !== 'owner' && d.column !== 'status',
    ),
    files: state.uploads.map((u) => ({
      kind: u.report.kind,
      fileName: u.report.fileName,
      rows: u.report.rowsLoaded,
    })),
    calculator: {
      ...toShared(calculator),
      selectedId: calculator.selectedId,
      dataBasis: calculator.dataBasis,
    },
    view: state.view,
    includeOwnerNames: options.includeOwnerNames,
    notes: state.notes,
    onProgress: options.onProgress,
  });
  const [script, style] = await viewer;
  const day = doc.createdAt.slice(0, 10);
  const html = snapshotHtml({ doc, script, style, title: `LeadGap snapshot — ${day}` });
  return { doc, html, fileName: `leadgap-snapshot-${day}.html` };
}

export async function downloadSnapshot(options: Parameters<typeof buildSnapshot>[0]): Promise<number> {
  const { html, fileName } = await buildSnapshot(options);
  downloadText(fileName, html, 'text/html');
  return html.length;
}
