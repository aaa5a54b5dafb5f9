export interface TooltipLine {
  label: string;
  value: string;
  /** A swatch colour, so the line can be matched to its mark. */
  color?: string;
}

/** The tooltip body every chart uses: a title and exact values. */
export function TooltipCard({ title, lines }: { title: string; lines: readonly TooltipLine[] }) {
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-title">{title}</div>
      <dl>
        {lines.map((line) => (
          <div key={line.label}>
            <dt>
              {line.color && (
                <span className="swatch" style={{ background: line.color }} aria-hidden="true" />
              )}
              {line.label}
            </dt>
            <dd className="num">{line.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
