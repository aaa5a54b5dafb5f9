import { useRef, useState } from 'react';
import { datasetState, useAppStore } from '../../store';
import { openSnapshot, snapshotError } from './open-snapshot';
import { snapshotApp } from './share-chunks';

/** True for a file the Data view should open as a snapshot rather than read as CSV. */
export const isSnapshotFile = (file: File) => /\.html?$/i.test(file.name) || file.type === 'text/html';

/**
 * Opens a snapshot file someone sent, read-only, in this page. Only its JSON is read and checked
 * (lib/share/snapshot-html.ts); nothing in the file runs here. A bad file gets a sentence.
 */
export async function openSnapshotFile(file: File): Promise<boolean> {
  snapshotError.set(null);
  if (datasetState(useAppStore.getState()) === 'loading') {
    // The snapshot takes the store's place while shown: loading files must land in the user's own.
    snapshotError.set(
      `“${file.name.slice(0, 120)}” was not opened: your files are still loading. Open it once they are in.`,
    );
    return false;
  }
  const code = snapshotApp.preload();
  const { readSnapshotText, snapshotProblem, MAX_SNAPSHOT_FILE } =
    await import('../../lib/share/snapshot-html');
  if (file.size > MAX_SNAPSHOT_FILE) {
    snapshotError.set(snapshotProblem(file.name, 'it is larger than any snapshot LeadGap makes'));
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    snapshotError.set(snapshotProblem(file.name, 'it could not be read from the disk'));
    return false;
  }
  const result = readSnapshotText(text);
  if (!result.ok) {
    snapshotError.set(snapshotProblem(file.name, result.error));
    return false;
  }
  // The store shows the snapshot before anything draws it (no flash of the live figures).
  const { enterSnapshot } = await import('./snapshot-mode');
  await code;
  enterSnapshot(result.value);
  openSnapshot.set({ doc: result.value, fileName: file.name });
  return true;
}

/** The Data view's "Open a snapshot" row. */
export function OpenSnapshot() {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="open-snapshot small">
      <button type="button" className="link" disabled={busy} onClick={() => input.current?.click()}>
        Open a snapshot
      </button>{' '}
      <span className="muted">
        someone sent you (a LeadGap .html file; shown read-only, nothing in it runs here).
      </span>
      <input
        ref={input}
        type="file"
        accept=".html,.htm,text/html"
        hidden
        data-testid="snapshot-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          setBusy(true);
          void openSnapshotFile(file).finally(() => setBusy(false));
        }}
      />
    </div>
  );
}
