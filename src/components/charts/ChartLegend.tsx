import { useChartColors } from './use-chart-colors';

export interface LegendItem {
  label: string;
  color: string;
  /** How the mark looks: a filled box (default), a line, a dashed line, a hatched box, a triangle. */
  kind?: 'box' | 'line' | 'dashed' | 'hatched' | 'triangle';
  /** Extra text after the label, e.g. the count and share. */
  detail?: string;
}

/**
 * An HTML legend (the PNG export reads it back from data-color/data-kind, so exported images keep
 * their key).
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  // The soft neutral is under 3:1 on the card: its swatch gets the outline its marks have.
  const soft = useChartColors().neutralSoft;
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li
          key={item.label}
          data-color={item.color}
          data-kind={item.kind ?? 'box'}
          data-text={item.detail ? `${item.label}: ${item.detail}` : item.label}
        >
          <span
            className={`swatch ${item.kind ?? 'box'}${item.color === soft ? ' soft' : ''}`}
            style={{ color: item.color }}
            aria-hidden="true"
          />
          <span className="legend-label">{item.label}</span>
          {item.detail && <span className="legend-detail num">{item.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
