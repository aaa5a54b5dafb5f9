import { useChartColors } from './use-chart-colors';

export interface SparklineProps {
  /** One value a period, oldest first; null where a period cannot say (a gap in the line). */
  values: readonly (number | null)[];
  /** What the values are, for the label: "Follow-up rate". */
  name: string;
  /** The periods' unit, plural: "months". */
  unit: string;
  format: (value: number) => string;
  /** The last period is not over: its part of the line is dashed. */
  lastToDate?: boolean | undefined;
  /** The gap's accent (a figure of the leak) instead of the neutral. */
  gap?: boolean | undefined;
}

const W = 100;
const H = 24;
const PAD = 3;

/** "Follow-up rate over the last 12 months: from 52% to 61%" (first and last known values). */
export function sparklineLabel({ values, name, unit, format, lastToDate }: SparklineProps): string | null {
  const known = values.filter((v): v is number => v !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (known.length < 2 || first === undefined || last === undefined) return null;
  const toDate = lastToDate && values[values.length - 1] !== null ? ' (the last one to date)' : '';
  return `${name} over the last ${values.length} ${unit}: from ${format(first)} to ${format(last)}${toDate}`;
}

/**
 * A trend in a line, no axes: the tiles' last periods. Stretches to its box (the strokes and the end
 * dot keep their pixel size); nothing without two known values.
 */
export function Sparkline(props: SparklineProps) {
  const colors = useChartColors();
  const { values, lastToDate, gap } = props;
  const label = sparklineLabel(props);
  if (label === null) return null;
  const known = values.filter((v): v is number => v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  const x = (i: number) => (values.length === 1 ? W / 2 : (i / (values.length - 1)) * W);
  const y = (v: number) => (max === min ? H / 2 : H - PAD - ((v - min) / (max - min)) * (H - 2 * PAD));
  const point = (i: number) => {
    const v = values[i];
    return v === null || v === undefined ? null : `${x(i).toFixed(2)} ${y(v).toFixed(2)}`;
  };
  // Whole periods solid, the step into a period still running dashed; a null breaks the line.
  const solidEnd = lastToDate ? values.length - 1 : values.length;
  let solid = '';
  let open = false;
  for (let i = 0; i < solidEnd; i++) {
    const p = point(i);
    if (p === null) open = false;
    else {
      solid += `${open ? 'L' : 'M'}${p} `;
      open = true;
    }
  }
  const lastPoint = point(values.length - 1);
  const beforeLast = point(values.length - 2);
  const dashed = lastToDate && lastPoint && beforeLast ? `M${beforeLast} L${lastPoint}` : null;
  const stroke = gap ? colors.gap : colors.neutral;
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      data-testid="sparkline"
      data-points={values.length}
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      focusable="false"
    >
      <title>{label}</title>
      <path d={solid} fill="none" stroke={stroke} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
      {dashed && (
        <path
          d={dashed}
          fill="none"
          stroke={stroke}
          strokeWidth={1.5}
          strokeDasharray="3 3"
          vectorEffect="non-scaling-stroke"
        />
      )}
      {lastPoint && (
        // A zero-length round-capped line: a dot that keeps its size when the box stretches.
        <path
          d={`M${lastPoint} l0 0`}
          stroke={colors.text}
          strokeWidth={5}
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
