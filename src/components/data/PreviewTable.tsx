interface Props {
  headers: string[];
  rows: string[][];
  /** Column index → the field it is mapped to, for the header badges. */
  fieldOfColumn: Map<number, string>;
}

/** The first rows as uploaded, so a mapping can be checked against real values. */
export function PreviewTable({ headers, rows, fieldOfColumn }: Props) {
  return (
    <div className="table-wrap" tabIndex={0} aria-label="First rows of the file">
      <table>
        <thead>
          <tr>
            <th className="num">Row</th>
            {headers.map((header, i) => (
              <th key={i} scope="col">
                {header}
                <br />
                <span className={`badge${fieldOfColumn.has(i) ? '' : ' gap'}`}>
                  {fieldOfColumn.get(i) ?? 'extra column'}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 5).map((row, r) => (
            <tr key={r}>
              <td className="num muted">{r + 2}</td>
              {headers.map((_, c) => (
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
