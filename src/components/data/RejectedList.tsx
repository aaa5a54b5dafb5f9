import { useShallow } from 'zustand/react/shallow';
import { uploadProblemGroups, useAppStore, useQuery } from '../../store';
import { RowGroup, ValueGroup } from './ProblemGroup';

/**
 * What each file could not read, grouped (a Zoho export had thousands of one bad value): unreadable
 * values by column, refused rows by reason, each with its count, three examples and, where there is
 * one, the fix. The download beside the files keeps every row.
 */
export function RejectedList() {
  const { uploads, busy } = useAppStore(
    useShallow((s) => ({
      uploads: s.uploads,
      busy: s.progress !== null || s.review !== null || s.queue.length > 0 || s.restoring,
    })),
  );
  const withProblems = uploads.filter((u) => u.report.rowsRejected > 0 || u.report.valueIssueCount > 0);
  const ids = withProblems.map((u) => ({ uploadId: u.prepared.uploadId, kind: u.prepared.kind }));
  const { data } = useQuery(() => uploadProblemGroups(ids), [ids.map((u) => u.uploadId).join(',')]);
  const items = withProblems.flatMap((upload) => {
    const groups = data?.get(upload.prepared.uploadId);
    if (!groups) return [];
    const id = upload.prepared.uploadId;
    return [
      ...groups.values.map((group) => (
        <ValueGroup key={`${id}:v:${group.field}`} upload={upload} group={group} busy={busy} />
      )),
      ...groups.rows.map((group) => (
        <RowGroup key={`${id}:r:${group.errorType}`} fileName={upload.report.fileName} group={group} />
      )),
    ];
  });
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="rejected-title">
      <h2 id="rejected-title">Rows and values that need a look</h2>
      <ul className="problem-list" data-testid="rejected-rows">
        {items}
      </ul>
      <p className="muted small">
        The download above lists every row and value, with its row number, to fix in the file.
      </p>
    </section>
  );
}
