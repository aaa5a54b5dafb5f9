import { RECHARTS_A11Y } from './chart-a11y';
import {
  Bar,
  BarChart,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { formatCount, formatPercent } from '../common/format';
import { ChartBox } from './ChartBox';
import { EmptyChart } from './EmptyChart';
import { ChartLegend } from './ChartLegend';
import { placeStages, type FunnelStage, type PlacedStage } from './funnel-data';
import { fitText } from './text-fit';
import { TooltipCard } from './TooltipCard';
import { useChartColors } from './use-chart-colors';

export interface FunnelChartProps {
  stages: readonly FunnelStage[];
  /** The stage whose drop is "the gap" (drawn in the accent), e.g. "followed_up". */
  gapStage?: string | undefined;
  /** Legend text for that drop, e.g. "Never followed up". */
  gapLabel?: string | undefined;
  format?: ((n: number) => string) | undefined;
}

const ROW = 66;
const BAR = 22;
const FONT = 12;

const rateText = (rate: number | null) => (rate === null ? 'n/a' : formatPercent(rate));

/** Stages as horizontal bars, each with its count and its rates from the previous stage and from leads. */
export function FunnelChart({
  stages,
  gapStage,
  gapLabel = 'Lost here',
  format = formatCount,
}: FunnelChartProps) {
  const colors = useChartColors();
  const placed = placeStages(stages);
  const height = placed.length * ROW + 8;
  const dropColor = (stage: PlacedStage) => (stage.key === gapStage ? colors.gap : colors.neutralSoft);

  const shape =
    (part: 'count' | 'drop') =>
    ({ x, y, width, height: barHeight, payload }: BarShapeProps) => {
      const stage = payload as PlacedStage;
      if (!stage.known || width <= 0) return <g />;
      return (
        <Rectangle
          x={x}
          y={y}
          width={width}
          height={barHeight}
          fill={part === 'count' ? colors.neutral : dropColor(stage)}
          // The soft fill is under 3:1 on the card: its outline carries the contrast (WCAG 1.4.11).
          {...(part === 'drop' && stage.key !== gapStage && { stroke: colors.neutral, strokeWidth: 1 })}
        />
      );
    };

  const hasGapDrop = placed.some((stage) => stage.key === gapStage && stage.drop);
  const legend = [
    { label: 'Reached the stage', color: colors.neutral },
    { label: 'Dropped since the previous stage', color: colors.neutralSoft },
    ...(hasGapDrop ? [{ label: gapLabel, color: colors.gap }] : []),
  ];

  if (placed.length === 0) return <EmptyChart />;

  return (
    <div className="funnel-chart">
      <ChartBox height={height}>
        {(width) => {
          const plotWidth = width - 8;
          const renderTick = ({ y, index }: YAxisTickContentProps) => {
            const stage = placed[index];
            if (!stage) return <g />;
            const top = Number(y) - BAR / 2;
            const head = stage.known ? `${format(stage.count ?? 0)}` : 'not in your data';
            const rates =
              index === 0
                ? `${stage.known ? '100% of leads' : ''}`
                : `${rateText(stage.fromPrevious)} of previous · ${rateText(stage.fromLeads)} of leads`;
            return (
              <g transform="translate(1,0)">
                <text x={0} y={top - 6} fontSize={FONT + 1} fill={colors.text}>
                  <tspan fontWeight={700}>{stage.label}</tspan>
                  <tspan fill={stage.known ? colors.text : colors.muted} dx={8}>
                    {head}
                  </tspan>
                </text>
                {stage.known ? (
                  <text x={0} y={top + BAR + 14} fontSize={FONT} fill={colors.muted}>
                    {fitText(rates, plotWidth, FONT)}
                  </text>
                ) : (
                  <>
                    <rect
                      x={0.5}
                      y={top + 0.5}
                      width={plotWidth - 1}
                      height={BAR - 1}
                      fill="none"
                      stroke={colors.muted}
                      strokeDasharray="4 3"
                      rx={3}
                    />
                    <text
                      x={8}
                      y={top + BAR / 2}
                      dominantBaseline="central"
                      fontSize={FONT}
                      fill={colors.muted}
                    >
                      {fitText(stage.missing ?? 'This stage is not in your data', plotWidth - 16, FONT)}
                    </text>
                  </>
                )}
              </g>
            );
          };
          return (
            <BarChart
              {...RECHARTS_A11Y}
              width={width}
              height={height}
              data={placed}
              layout="vertical"
              margin={{ top: 4, right: 8, bottom: 4, left: 0 }}
              barSize={BAR}
            >
              <XAxis type="number" hide domain={[0, 'dataMax']} />
              <YAxis
                type="category"
                dataKey="label"
                width={1}
                axisLine={false}
                tickLine={false}
                interval={0}
                tick={renderTick}
              />
              <Tooltip
                cursor={{ fill: colors.surface2 }}
                isAnimationActive={false}
                content={({ active, payload }) => {
                  const stage = active ? (payload[0]?.payload as PlacedStage | undefined) : undefined;
                  if (!stage) return null;
                  const lines = stage.known
                    ? [
                        { label: 'Count', value: format(stage.count ?? 0) },
                        { label: 'From previous', value: rateText(stage.fromPrevious) },
                        { label: 'From leads', value: rateText(stage.fromLeads) },
                        ...(stage.drop !== null ? [{ label: 'Dropped', value: format(stage.drop) }] : []),
                      ]
                    : [{ label: 'Count', value: 'not in your data' }];
                  return <TooltipCard title={stage.label} lines={lines} />;
                }}
              />
              <Bar dataKey="count" stackId="f" isAnimationActive={false} shape={shape('count')} />
              <Bar dataKey="drop" stackId="f" isAnimationActive={false} shape={shape('drop')} />
            </BarChart>
          );
        }}
      </ChartBox>
      <ChartLegend items={legend} />
    </div>
  );
}
