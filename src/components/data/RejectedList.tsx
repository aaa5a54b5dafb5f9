import { useAppStore } from '../../store';

/** The first problems of each file, named by file, row and column, with what to do. */
export function RejectedList() {
  const uploads = useAppStore((s) => s.uploads);
  const rows = uploads.flatMap((u) => [
    ...u.report.rejected.map((r) => ({ file: u.report.fileName, row: r.row, column: '', problem: r.problem, content: r.line })),
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
      <div className="table-wrap">
        <table data-testid="rejected-rows">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="num">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i}>
                <td>{r.file}</td>
                <td className="num">{r.row}</td>
                <td>{r.column || '—'}</td>
                <td>{r.problem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length && (
        <p className="muted small">Showing 50 of {rows.length}; the download above has all of them.</p>
      )}
    </section>
  );
}
