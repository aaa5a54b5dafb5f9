import { RECHARTS_A11Y } from './chart-a11y';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../common/format';
import { ChartBox } from './ChartBox';
import { EmptyChart } from './EmptyChart';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { formatPercentTick, formatPeriod, niceAxis, percentAxis } from './scales';
import { TooltipCard } from './TooltipCard';
import { NoteFlag, TrendNoteList, formatNoteDay, notesByPeriod, type TrendNote } from './TrendNotes';
import { useChartColors } from './use-chart-colors';

export interface TrendPoint {
  /** "YYYY-MM" (shown as "Mar 2024"), or any label. */
  period: string;
  /** Series key → value; null leaves a gap in the line (no data that month). */
  values: Readonly<Record<string, number | null>>;
}

export interface TrendSeries {
  key: string;
  label: string;
  /** Draw this series in the accent ("the gap"). */
  gap?: boolean | undefined;
}

export interface TrendChartProps {
  data: readonly TrendPoint[];
  series: readonly TrendSeries[];
  /** Values are fractions on a percent axis (default); false: plain numbers with `format`. */
  percent?: boolean | undefined;
  /** Exact values in the tooltip (default formatPercent). */
  format?: ((n: number) => string) | undefined;
  height?: number | undefined;
  /** Notes pinned to days: a numbered marker at each month that has some, and the list under the chart. */
  notes?: readonly TrendNote[] | undefined;
  /** Offers a Remove button on each note in the list. */
  onRemoveNote?: ((id: string) => void) | undefined;
}

const FONT = 12;
const DASHES = ['', '6 4', '2 3'];

/** Monthly lines; months without data leave gaps rather than dropping to zero. */
export function TrendChart({
  data,
  series,
  percent = true,
  format = formatPercent,
  height = 260,
  notes = [],
  onRemoveNote,
}: TrendChartProps) {
  const colors = useChartColors();
  const { numbered, marks, shown } = notesByPeriod(
    notes,
    data.map((p) => p.period),
  );
  const rows = data.map((point) => ({ period: point.period, ...point.values }));
  const palette = [colors.neutral, colors.second, colors.muted];
  const styleOf = (i: number) => {
    const s = series[i];
    return {
      color: s?.gap ? colors.gap : (palette[i % palette.length] ?? colors.neutral),
      dash: DASHES[i % DASHES.length] ?? '',
    };
  };
  const values = data.flatMap((p) => Object.values(p.values));
  const axis = percent ? percentAxis(values) : undefined;
  const plain = niceAxis(values);
  const legend: LegendItem[] = series.map((s, i) => ({
    label: s.label,
    color: styleOf(i).color,
    kind: styleOf(i).dash ? 'dashed' : 'line',
  }));

  const hasValue = data.some((p) => Object.values(p.values).some((v) => v !== null));
  if (!hasValue) return <EmptyChart />;

  return (
    <div className="trend-chart">
      <ChartBox height={height}>
        {(width) => (
          <LineChart
            {...RECHARTS_A11Y}
            width={width}
            height={height}
            data={rows}
            margin={{ top: marks.size > 0 ? 26 : 10, right: 12, bottom: 4, left: 0 }}
          >
            <CartesianGrid vertical={false} stroke={colors.border} />
            <XAxis
              dataKey="period"
              tickFormatter={(p: string) => formatPeriod(p, true)}
              tick={{ fill: colors.muted, fontSize: FONT }}
              tickLine={false}
              axisLine={{ stroke: colors.border }}
              interval="preserveStartEnd"
              minTickGap={width < 520 ? 16 : 8}
            />
            <YAxis
              width={percent ? 44 : 56}
              tick={{ fill: colors.muted, fontSize: FONT }}
              axisLine={false}
              tickLine={false}
              {...(axis
                ? { domain: [0, axis.max], ticks: axis.ticks, tickFormatter: formatPercentTick }
                : {
                    domain: [plain.min, plain.max],
                    ticks: plain.ticks,
                    tickFormatter: (n: number) => format(n),
                  })}
            />
            <Tooltip
              isAnimationActive={false}
              cursor={{ stroke: colors.muted, strokeDasharray: '3 3' }}
              content={({ active, label }) => {
                if (!active || label === undefined) return null;
                const row = data.find((p) => p.period === String(label));
                if (!row) return null;
                const pinned = marks.get(row.period) ?? [];
                return (
                  <div>
                    <TooltipCard
                      title={formatPeriod(row.period)}
                      lines={series.map((s, i) => {
                        const value = row.values[s.key];
                        return {
                          label: s.label,
                          value: value === null || value === undefined ? 'no data' : format(value),
                          color: styleOf(i).color,
                        };
                      })}
                    />
                    {pinned.length > 0 && (
                      <ol className="chart-tooltip trend-tooltip-notes">
                        {pinned.map((n) => (
                          <li key={n.id} value={n.number}>
                            <strong>{formatNoteDay(n.date)}</strong> {n.text}
                          </li>
                        ))}
                      </ol>
                    )}
                  </div>
                );
              }}
            />
            {[...marks].map(([period, pinned]) => (
              <ReferenceLine
                key={`note-${period}`}
                x={period}
                stroke={colors.text}
                strokeOpacity={0.55}
                strokeDasharray="2 3"
                label={<NoteFlag notes={pinned} color={colors.text} background={colors.surface} />}
              />
            ))}
            {series.map((s, i) => {
              const { color, dash } = styleOf(i);
              return (
                <Line
                  key={s.key}
                  type="linear"
                  dataKey={s.key}
                  name={s.label}
                  stroke={color}
                  strokeWidth={2.25}
                  {...(dash && { strokeDasharray: dash })}
                  dot={{ r: 2.5, fill: color, stroke: color, strokeDasharray: '' }}
                  activeDot={{ r: 4.5, fill: color, stroke: colors.surface, strokeWidth: 2 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              );
            })}
          </LineChart>
        )}
      </ChartBox>
      <ChartLegend items={legend} />
      <TrendNoteList notes={numbered} shown={shown} onRemove={onRemoveNote} />
    </div>
  );
}
