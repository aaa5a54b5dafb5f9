import { RECHARTS_A11Y } from './chart-a11y';
import {
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart as RechartsScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type ScatterShapeProps,
} from 'recharts';
import { formatCount, formatPercent } from '../common/format';
import { ChartBox } from './ChartBox';
import { textWidth } from './text-fit';
import { EmptyChart } from './EmptyChart';
import { ChartLegend } from './ChartLegend';
import { formatPercentTick, niceAxis, percentAxis } from './scales';
import { TooltipCard } from './TooltipCard';
import { useChartColors } from './use-chart-colors';

export interface CapacityPoint {
  owner: string;
  leadsPerMonth: number;
  /** null: follow-up is not in the data for this owner (left off the chart, counted in the note). */
  followUpRate: number | null;
  /** Total leads, for the tooltip. */
  leads?: number | undefined;
}

export interface ScatterChartProps {
  points: readonly CapacityPoint[];
  /** Owners below this follow-up rate are "the gap" (accent, triangle) and a line marks it. */
  threshold?: number | undefined;
  xLabel?: string | undefined;
  yLabel?: string | undefined;
  height?: number | undefined;
}

const FONT = 12;

interface Plotted extends CapacityPoint {
  followUpRate: number;
  below: boolean;
}

/** Rep capacity: leads per month against follow-up rate, one point per owner (named on hover). */
export function ScatterChart({
  points,
  threshold,
  xLabel = 'Leads per month',
  yLabel = 'Follow-up rate',
  height = 300,
}: ScatterChartProps) {
  const colors = useChartColors();
  const plotted: Plotted[] = points
    .filter((p): p is CapacityPoint & { followUpRate: number } => p.followUpRate !== null)
    .map((p) => ({ ...p, below: threshold !== undefined && p.followUpRate < threshold }));
  const left = points.length - plotted.length;
  const axis = percentAxis([...plotted.map((p) => p.followUpRate), threshold]);
  const xAxis = niceAxis(plotted.map((p) => p.leadsPerMonth));

  const shape = ({ cx, cy, payload }: ScatterShapeProps) => {
    const point = payload as Plotted;
    const x = Number(cx);
    const y = Number(cy);
    if (point.below) {
      return (
        <path
          d={`M${x},${y - 6} L${x + 5.5},${y + 4} L${x - 5.5},${y + 4} Z`}
          fill={colors.gap}
          stroke={colors.surface}
          strokeWidth={1}
        />
      );
    }
    return <circle cx={x} cy={y} r={5} fill={colors.neutral} fillOpacity={0.85} stroke={colors.surface} />;
  };

  if (plotted.length === 0) {
    return <EmptyChart message={points.length ? 'No owner has a follow-up figure.' : undefined} />;
  }

  return (
    <div className="scatter-chart">
      <ChartBox height={height}>
        {(width) => (
          <RechartsScatterChart
            {...RECHARTS_A11Y}
            width={width}
            height={height}
            margin={{ top: 26, right: 14, bottom: 22, left: 0 }}
          >
            <text x={4} y={12} fontSize={FONT} fill={colors.muted} dominantBaseline="central">
              {yLabel}
            </text>
            {threshold !== undefined && (
              // Named above the plot, not on the line, so the name never sits on the points (phones).
              <g aria-hidden="true">
                <text
                  x={width - 14}
                  y={12}
                  fontSize={FONT}
                  fill={colors.gap}
                  textAnchor="end"
                  dominantBaseline="central"
                >
                  {formatPercentTick(threshold)} follow-up overall
                </text>
                <line
                  x1={width - 14 - textWidth(`${formatPercentTick(threshold)} follow-up overall`, FONT) - 26}
                  x2={width - 14 - textWidth(`${formatPercentTick(threshold)} follow-up overall`, FONT) - 6}
                  y1={12}
                  y2={12}
                  stroke={colors.gap}
                  strokeDasharray="4 3"
                />
              </g>
            )}
            <CartesianGrid stroke={colors.border} />
            <XAxis
              type="number"
              dataKey="leadsPerMonth"
              name={xLabel}
              domain={[0, xAxis.max]}
              ticks={xAxis.ticks}
              tick={{ fill: colors.muted, fontSize: FONT }}
              tickLine={false}
              axisLine={{ stroke: colors.border }}
              tickFormatter={(n: number) => formatCount(n)}
              label={{
                value: xLabel,
                position: 'insideBottom',
                offset: -14,
                fill: colors.muted,
                fontSize: FONT,
              }}
            />
            <YAxis
              type="number"
              dataKey="followUpRate"
              name={yLabel}
              width={44}
              domain={[0, axis.max]}
              ticks={axis.ticks}
              tickFormatter={formatPercentTick}
              tick={{ fill: colors.muted, fontSize: FONT }}
              tickLine={false}
              axisLine={false}
            />
            {threshold !== undefined && (
              <ReferenceLine y={threshold} stroke={colors.gap} strokeDasharray="4 3" />
            )}
            <Tooltip
              isAnimationActive={false}
              cursor={{ stroke: colors.muted, strokeDasharray: '3 3' }}
              content={({ active, payload }) => {
                const point = active ? (payload[0]?.payload as Plotted | undefined) : undefined;
                if (!point) return null;
                return (
                  <TooltipCard
                    title={point.owner}
                    lines={[
                      { label: xLabel, value: formatCount(point.leadsPerMonth) },
                      { label: yLabel, value: formatPercent(point.followUpRate) },
                      ...(point.leads !== undefined
                        ? [{ label: 'Leads', value: formatCount(point.leads) }]
                        : []),
                    ]}
                  />
                );
              }}
            />
            <Scatter data={plotted} isAnimationActive={false} shape={shape} />
          </RechartsScatterChart>
        )}
      </ChartBox>
      <ChartLegend
        items={[
          {
            label: threshold !== undefined ? `At or above ${formatPercentTick(threshold)}` : 'Owner',
            color: colors.neutral,
          },
          ...(threshold !== undefined
            ? [
                {
                  label: `Below ${formatPercentTick(threshold)}`,
                  color: colors.gap,
                  kind: 'triangle' as const,
                },
              ]
            : []),
        ]}
      />
      {left > 0 && (
        <p className="muted small chart-aside">
          {formatCount(left)} {left === 1 ? 'owner has' : 'owners have'} no follow-up figure and{' '}
          {left === 1 ? 'is' : 'are'} not plotted.
        </p>
      )}
    </div>
  );
}
