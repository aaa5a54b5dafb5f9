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
} from 'recharts';
import { formatCount, formatCountCompact, formatPercent } from '../common/format';
import { ChartBox } from './ChartBox';
import { EmptyChart } from './EmptyChart';
import { ChartLegend } from './ChartLegend';
import { markBins, type HistogramBin, type MarkedBin } from './histogram-data';
import { niceAxis } from './scales';
import { TooltipCard } from './TooltipCard';
import { useChartColors } from './use-chart-colors';

export interface HistogramProps {
  /** In order; `from` is the bin's lower edge in the threshold's unit (e.g. hours). */
  bins: readonly HistogramBin[];
  /** Bins starting at or past this are "the gap" (e.g. the SLA in hours). */
  threshold: number;
  /** Marks the line, e.g. "SLA 48 h". */
  thresholdLabel: string;
  /** What a bar counts, e.g. "Leads". */
  valueLabel: string;
  /** Legend for the bins before / past the threshold. */
  withinLabel?: string | undefined;
  pastLabel?: string | undefined;
  /** Under the x axis, e.g. "Hours from lead to first touch". */
  xLabel?: string | undefined;
  height?: number | undefined;
}

const FONT = 12;

/** A distribution with a threshold: bins before it neutral, past it in the accent. */
export function Histogram({
  bins,
  threshold,
  thresholdLabel,
  valueLabel,
  withinLabel = 'Within',
  pastLabel = 'Past it',
  xLabel,
  height = 260,
}: HistogramProps) {
  const colors = useChartColors();
  const marked = markBins(bins, threshold);
  const total = marked.reduce((sum, bin) => sum + bin.count, 0);
  const boundary = marked.find((bin) => bin.past);
  const yAxis = niceAxis(
    marked.map((bin) => bin.count),
    { integer: true },
  );

  const shape = ({ x, y, width, height: barHeight, payload }: BarShapeProps) => {
    const bin = payload as MarkedBin;
    return (
      <Rectangle x={x} y={y} width={width} height={barHeight} fill={bin.past ? colors.gap : colors.neutral} />
    );
  };

  if (total === 0) return <EmptyChart />;

  return (
    <div className="histogram">
      <ChartBox height={height}>
        {(width) => {
          const narrow = width < 520;
          return (
            <BarChart
              {...RECHARTS_A11Y}
              width={width}
              height={height}
              data={marked}
              margin={{ top: 22, right: 8, bottom: xLabel ? 20 : 4, left: 0 }}
              barCategoryGap={2}
            >
              <CartesianGrid vertical={false} stroke={colors.border} />
              <XAxis
                dataKey="label"
                tick={{ fill: colors.muted, fontSize: FONT }}
                tickLine={false}
                axisLine={{ stroke: colors.border }}
                interval={narrow ? 'preserveStartEnd' : 0}
                minTickGap={4}
                {...(xLabel && {
                  label: {
                    value: xLabel,
                    position: 'insideBottom',
                    offset: -14,
                    fill: colors.muted,
                    fontSize: FONT,
                  },
                })}
              />
              <YAxis
                width={44}
                allowDecimals={false}
                domain={[0, yAxis.max]}
                ticks={yAxis.ticks}
                tick={{ fill: colors.muted, fontSize: FONT }}
                tickFormatter={(n: number) => formatCountCompact(n)}
                axisLine={false}
                tickLine={false}
              />
              {boundary && (
                <ReferenceLine
                  x={boundary.label}
                  position="start"
                  stroke={colors.text}
                  strokeDasharray="4 3"
                  label={{
                    value: thresholdLabel,
                    position: 'top',
                    fill: colors.text,
                    fontSize: FONT,
                    fontWeight: 600,
                  }}
                />
              )}
              <Tooltip
                cursor={{ fill: colors.surface2 }}
                isAnimationActive={false}
                content={({ active, payload }) => {
                  const bin = active ? (payload[0]?.payload as MarkedBin | undefined) : undefined;
                  if (!bin) return null;
                  return (
                    <TooltipCard
                      title={bin.label}
                      lines={[
                        { label: valueLabel, value: formatCount(bin.count) },
                        { label: 'Share', value: total ? formatPercent(bin.count / total) : 'n/a' },
                        { label: bin.past ? pastLabel : withinLabel, value: thresholdLabel },
                      ]}
                    />
                  );
                }}
              />
              <Bar dataKey="count" isAnimationActive={false} shape={shape} />
            </BarChart>
          );
        }}
      </ChartBox>
      <ChartLegend
        items={[
          { label: withinLabel, color: colors.neutral },
          { label: pastLabel, color: colors.gap },
          { label: thresholdLabel, color: colors.text, kind: 'dashed' },
        ]}
      />
    </div>
  );
}
