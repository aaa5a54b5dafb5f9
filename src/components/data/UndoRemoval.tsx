import { useEffect, useRef } from 'react';
import { undoRemove, useAppStore } from '../../store';

/**
 * "Removed leads.csv · Undo" for each file removed in the last few seconds (store/removal.ts). The
 * region is always in the page, so screen readers announce what appears in it; the newest Undo
 * takes the focus the Remove button had (that button is gone with its row).
 */
export function UndoRemoval() {
  const removed = useAppStore((s) => s.removed);
  const newest = useRef<HTMLButtonElement>(null);
  const count = removed.length;
  const previous = useRef(count);
  useEffect(() => {
    if (count > previous.current) newest.current?.focus();
    // The focused Undo went away (undone, or lapsed): back to the files rather than the page top.
    else if (count < previous.current && document.activeElement === document.body)
      document.getElementById('files-title')?.focus();
    previous.current = count;
  }, [count]);
  return (
    <div className="undo-region" role="status" data-testid="undo-removal">
      {removed.map((upload, i) => (
        <p key={upload.prepared.uploadId} className="undo-bar">
          <span>
            Removed <strong>{upload.report.fileName}</strong>
          </span>
          <span aria-hidden="true">·</span>
          <button
            type="button"
            className="link"
            ref={i === removed.length - 1 ? newest : undefined}
            onClick={() => void undoRemove(upload.prepared.uploadId)}
            aria-label={`Undo removing ${upload.report.fileName}`}
          >
            Undo
          </button>
        </p>
      ))}
    </div>
  );
}
