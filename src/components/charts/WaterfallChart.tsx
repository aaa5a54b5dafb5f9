import { RECHARTS_A11Y } from './chart-a11y';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type XAxisTickContentProps,
} from 'recharts';
import { formatMoney, formatMoneyCompact } from '../common/format';
import { ChartBox } from './ChartBox';
import { ChartLegend } from './ChartLegend';
import { niceAxis } from './scales';
import { wrapText } from './text-fit';
import { TooltipCard } from './TooltipCard';
import { useChartColors } from './use-chart-colors';
import { waterfallBars, type WaterfallBar, type WaterfallStep } from './waterfall-data';

export interface WaterfallChartProps {
  /** The first total, e.g. { label: 'Revenue goal', value: 5_000_000 }. */
  start: WaterfallStep;
  /** Signed changes from it, e.g. { label: 'Retained', value: -2_000_000 }. */
  changes: readonly WaterfallStep[];
  /** The last total, e.g. { label: 'GAP', value: gap }; without a value, start + changes. */
  end: { label: string; value?: number | undefined };
  /** Currency for the default formats. */
  currency?: string | undefined;
  /** Exact figures (tooltip); default whole currency units. */
  format?: ((n: number) => string) | undefined;
  /** On the bars and the axis; default compact currency ($1.2M). */
  labelFormat?: ((n: number) => string) | undefined;
  height?: number | undefined;
}

const FONT = 12;

/**
 * From a start total through signed steps to an end total (the GAP calculator's bridge). The end bar
 * is "the gap" (accent) when positive; at or below 0 it is a surplus (neutral).
 */
export function WaterfallChart({
  start,
  changes,
  end,
  currency = 'USD',
  format = (n: number) => formatMoney(n, currency),
  labelFormat = (n: number) => formatMoneyCompact(n, currency),
  height = 300,
}: WaterfallChartProps) {
  const colors = useChartColors();
  const bars = waterfallBars(start, changes, end);
  const endBar = bars[bars.length - 1];
  const axis = niceAxis(bars.flatMap((bar) => bar.range));
  const isGap = (bar: WaterfallBar) => bar.kind === 'end' && bar.value > 0;
  const fill = (bar: WaterfallBar) =>
    isGap(bar) ? colors.gap : bar.kind === 'change' ? colors.neutralSoft : colors.neutral;
  const signed = (bar: WaterfallBar) =>
    bar.kind === 'change'
      ? `${bar.value > 0 ? '+' : bar.value < 0 ? '\u2212' : ''}${labelFormat(Math.abs(bar.value))}`
      : labelFormat(bar.value);

  return (
    <div className="waterfall-chart">
      <ChartBox height={height}>
        {(width) => {
          const narrow = width < 520;
          const axisWidth = narrow ? 46 : 56;
          const tickFont = narrow ? FONT - 1 : FONT;
          const band = (width - axisWidth - 8) / Math.max(1, bars.length);
          const renderTick = ({ x, y, payload }: XAxisTickContentProps) => {
            const lines = wrapText(String(payload.value), band - 2, tickFont, 2);
            return (
              <text
                x={Number(x)}
                y={Number(y) + 4}
                textAnchor="middle"
                fontSize={tickFont}
                fill={colors.text}
              >
                {lines.map((line, i) => (
                  <tspan key={i} x={Number(x)} dy={i === 0 ? '0.71em' : '1.2em'}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          };
          const shape = ({ x, y, width: barWidth, height: barHeight, payload, index }: BarShapeProps) => {
            const bar = payload as WaterfallBar;
            const next = bars[index + 1];
            // Connector: from this bar's running total to the next bar, at the same height.
            const levelY = bar.kind === 'change' && bar.value < 0 ? y + barHeight : y;
            const endsBelowZero = bar.kind !== 'change' && bar.value < 0;
            const labelAbove = !(bar.kind === 'change' && bar.value < 0) && !endsBelowZero;
            return (
              <g>
                <Rectangle
                  x={x}
                  y={y}
                  width={barWidth}
                  height={Math.max(barHeight, 1)}
                  fill={fill(bar)}
                  // The soft fill is under 3:1 on the card: its outline carries the contrast.
                  {...(fill(bar) === colors.neutralSoft && { stroke: colors.neutral, strokeWidth: 1 })}
                />
                {next && next.kind === 'change' && (
                  <line
                    x1={x + barWidth}
                    x2={x + band}
                    y1={endsBelowZero ? y + barHeight : levelY}
                    y2={endsBelowZero ? y + barHeight : levelY}
                    stroke={colors.muted}
                    strokeDasharray="3 2"
                  />
                )}
                <text
                  x={x + barWidth / 2}
                  y={labelAbove ? y - 6 : y + barHeight + 6}
                  textAnchor="middle"
                  dominantBaseline={labelAbove ? 'auto' : 'hanging'}
                  fontSize={narrow ? FONT - 1 : FONT}
                  fontWeight={bar.kind === 'change' ? 400 : 700}
                  fill={isGap(bar) ? colors.gap : colors.text}
                >
                  {signed(bar)}
                </text>
              </g>
            );
          };
          return (
            <BarChart
              {...RECHARTS_A11Y}
              width={width}
              height={height}
              data={bars}
              margin={{ top: 22, right: 8, bottom: 8, left: 0 }}
              barCategoryGap={narrow ? '18%' : '28%'}
            >
              <CartesianGrid vertical={false} stroke={colors.border} />
              <XAxis
                dataKey="label"
                interval={0}
                tickLine={false}
                axisLine={{ stroke: colors.border }}
                height={36}
                tick={renderTick}
              />
              <YAxis
                width={axisWidth}
                domain={[axis.min, axis.max]}
                ticks={axis.ticks}
                tick={{ fill: colors.muted, fontSize: FONT }}
                tickFormatter={(n: number) => labelFormat(n)}
                axisLine={false}
                tickLine={false}
              />
              <ReferenceLine y={0} stroke={colors.muted} />
              <Tooltip
                isAnimationActive={false}
                cursor={{ fill: colors.surface2 }}
                content={({ active, payload }) => {
                  const bar = active ? (payload[0]?.payload as WaterfallBar | undefined) : undefined;
                  if (!bar) return null;
                  const lines =
                    bar.kind === 'change'
                      ? [
                          {
                            label: bar.value < 0 ? 'Takes off' : 'Adds',
                            value: format(Math.abs(bar.value)),
                          },
                          { label: 'After this step', value: format(bar.level) },
                        ]
                      : [{ label: 'Total', value: format(bar.value) }];
                  return <TooltipCard title={bar.label} lines={lines} />;
                }}
              />
              <Bar dataKey="range" isAnimationActive={false} shape={shape} />
            </BarChart>
          );
        }}
      </ChartBox>
      <ChartLegend
        items={[
          { label: 'Total', color: colors.neutral },
          { label: 'Step (+ adds, − takes off)', color: colors.neutralSoft },
          ...(endBar && isGap(endBar) ? [{ label: endBar.label, color: colors.gap }] : []),
        ]}
      />
    </div>
  );
}
