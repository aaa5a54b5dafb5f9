import { useAppStore } from '../../store';

/** The first problems of each file, named by file, row and column, with what to do. */
export function RejectedList() {
  const uploads = useAppStore((s) => s.uploads);
  const rows = uploads.flatMap((u) => [
    ...u.report.rejected.map((r) => ({
      file: u.report.fileName,
      row: r.row,
      column: '',
      problem: r.problem,
      content: r.line,
    })),
    ...u.report.valueIssues.map((v) => ({
      file: u.report.fileName,
      row: v.row,
      column: v.column,
      problem: `“${v.value}” ${v.problem}; the row was loaded with this value empty. Fix the value or choose another format in “Edit mapping”.`,
      content: v.value,
    })),
  ]);
  if (rows.length === 0) return null;
  const shown = rows.slice(0, 50);
  return (
    <section className="card" aria-labelledby="rejected-title">
      <h2 id="rejected-title">Rows and values that need a look</h2>
      <ul className="problem-list" data-testid="rejected-rows">
        {shown.map((r, i) => (
          <li key={i}>
            <div className="where">
              {r.file}, <span className="num">row {r.row}</span>
              {r.column ? `, column “${r.column}”` : ''}
            </div>
            <div>{r.problem}</div>
            {r.content && <code>{r.content}</code>}
          </li>
        ))}
      </ul>
      {rows.length > shown.length && (
        <p className="muted small">Showing 50 of {rows.length}; the download above has all of them.</p>
      )}
    </section>
  );
}
