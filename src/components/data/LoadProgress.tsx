import { useShallow } from 'zustand/react/shallow';
import { cancelLoading, useAppStore } from '../../store';
import { formatCount, formatMb } from '../common/format';
import { ProgressBar } from '../common/ProgressBar';

const PHASE_TEXT = {
  unpacking: 'Opening the workbook: reading the sheets of',
  detecting: 'Step 1 of 3: recognising the columns and date and number formats of',
  reading: 'Step 2 of 3: reading and typing the rows of',
  matching: 'Step 3 of 3: linking deals to leads for',
} as const;

export function LoadProgress() {
  const { progress, queued } = useAppStore(
    useShallow((s) => ({ progress: s.progress, queued: s.queue.length })),
  );
  // Between files of a reload, the Data view's RestoringNotice says what is being re-read.
  if (!progress) return null;
  const fraction = progress.bytesTotal > 0 ? progress.bytesRead / progress.bytesTotal : 0;
  return (
    <section className="card" aria-busy="true">
      <h2>
        {PHASE_TEXT[progress.phase]} {progress.fileName}
      </h2>
      <ProgressBar share={fraction} sliding={progress.phase !== 'reading'} />
      <div className="row-actions progress-actions">
        <span className="num muted">
          {progress.rows === undefined
            ? `${formatMb(progress.bytesRead)} of ${formatMb(progress.bytesTotal)} read`
            : `${formatMb(progress.bytesTotal)} read, ${formatCount(progress.rows)} rows`}
          {queued > 0 ? ` · ${queued} more file(s) waiting` : ''}
        </span>
        <button type="button" onClick={cancelLoading}>
          Cancel
        </button>
      </div>
    </section>
  );
}
