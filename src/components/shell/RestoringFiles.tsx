import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { ProgressBar } from '../common/ProgressBar';

export interface RestoringFile {
  uploadId: number;
  kind: 'leads' | 'deals';
  fileName: string;
  state: 'back' | 'reading' | 'waiting';
  /** How far the file is, 0–1; null while its columns are recognised (no byte count yet). */
  fraction: number | null;
}

/** The saved files a reload is re-reading, each with how far it is; empty when none are. */
export function useRestoringFiles(): RestoringFile[] {
  const { files, back, progress } = useAppStore(
    useShallow((s) => ({
      files: s.restoringFiles,
      back: s.uploads.map((u) => u.prepared.uploadId).join(','),
      progress: s.progress,
    })),
  );
  const done = new Set(back.split(',').map(Number));
  const current = files.findIndex((file) => !done.has(file.uploadId));
  return files.map((file, i) => {
    if (done.has(file.uploadId)) return { ...file, state: 'back', fraction: 1 };
    if (i !== current) return { ...file, state: 'waiting', fraction: 0 };
    const mine = progress?.fileName === file.fileName ? progress : null;
    const fraction =
      mine?.phase === 'matching'
        ? 1
        : mine?.phase === 'reading' && mine.bytesTotal > 0
          ? mine.bytesRead / mine.bytesTotal
          : null;
    return { ...file, state: 'reading', fraction };
  });
}

function stateText({ state, fraction }: RestoringFile): string {
  if (state !== 'reading') return state;
  return fraction === null ? 'reading…' : `reading… ${Math.round(fraction * 100)}%`;
}

/**
 * In place of a view (or above the calculator) while the files loaded before a reload are read
 * again: names them, so nobody loads them a second time.
 */
export function RestoringNotice({ then }: { then: string }) {
  const files = useRestoringFiles();
  if (files.length === 0) return null;
  const done = files.reduce((sum, f) => sum + (f.fraction ?? 0), 0) / files.length;
  return (
    <section className="card restoring" aria-busy="true" data-testid="restoring-files">
      <h2>Reading your saved files: {files.map((f) => f.fileName).join(', ')}…</h2>
      <p className="muted">
        {then} They are read again from this browser’s storage: no need to load them again.
      </p>
      <ProgressBar share={done} label="Saved files read" />
      <ul className="restoring-list small">
        {files.map((file) => (
          <li key={file.uploadId} data-state={file.state}>
            <span className="file-name">{file.fileName}</span>{' '}
            <span className="muted num">{stateText(file)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
