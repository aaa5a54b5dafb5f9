import { RECHARTS_A11Y } from './chart-a11y';
import { useId } from 'react';
import { Bar, BarChart, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { formatCount, formatPercent } from '../common/format';
import type { ChartColors } from './colors';
import { ChartBox } from './ChartBox';
import { EmptyChart } from './EmptyChart';
import { ChartLegend } from './ChartLegend';
import { placeSegments, type PlacedSegment, type Segment, type SegmentTone } from './stack-data';
import { textWidth } from './text-fit';
import { TooltipCard } from './TooltipCard';
import { useChartColors } from './use-chart-colors';

export interface StackedBarProps {
  segments: readonly Segment[];
  format?: ((n: number) => string) | undefined;
  /** Tooltip title, e.g. "Leads by SLA outcome". */
  label?: string | undefined;
}

const HEIGHT = 44;
const FONT = 12;

function toneColor(tone: SegmentTone | undefined, colors: ChartColors): string {
  if (tone === 'gap') return colors.gap;
  if (tone === 'soft' || tone === 'hatched') return colors.neutralSoft;
  return colors.neutral;
}

/** One bar split into parts (e.g. within SLA / breached / pending), with shares on it and in the legend. */
export function StackedBar({ segments, format = formatCount, label = 'Total' }: StackedBarProps) {
  const colors = useChartColors();
  const patternId = `hatch${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { total, placed } = placeSegments(segments);
  const row = Object.fromEntries([['name', label], ...placed.map((s) => [s.key, Math.max(0, s.value)])]);

  const shape =
    (segment: PlacedSegment) =>
    ({ x, y, width, height }: BarShapeProps) => {
      const text = segment.share === null ? '' : formatPercent(segment.share);
      const fits = width >= textWidth(text, FONT) + 10;
      const dark = segment.tone === 'gap' || segment.tone === undefined || segment.tone === 'neutral';
      return (
        <g>
          <Rectangle
            x={x}
            y={y}
            width={width}
            height={height}
            fill={segment.tone === 'hatched' ? `url(#${patternId})` : toneColor(segment.tone, colors)}
            // Soft parts are under 3:1 on the card: a neutral outline carries their contrast.
            stroke={segment.tone === 'soft' || segment.tone === 'hatched' ? colors.neutral : colors.surface}
            strokeWidth={width > 2 ? 1 : 0}
          />
          {fits && (
            <text
              x={x + width / 2}
              y={y + height / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={FONT}
              fontWeight={600}
              fill={dark ? colors.surface : colors.text}
            >
              {text}
            </text>
          )}
        </g>
      );
    };

  if (total === 0) return <EmptyChart />;

  return (
    <div className="stacked-bar">
      <ChartBox height={HEIGHT}>
        {(width) => (
          <BarChart
            {...RECHARTS_A11Y}
            width={width}
            height={HEIGHT}
            data={[row]}
            layout="vertical"
            margin={{ top: 2, right: 1, bottom: 2, left: 1 }}
            barSize={HEIGHT - 4}
          >
            <defs>
              <pattern
                id={patternId}
                patternUnits="userSpaceOnUse"
                width={6}
                height={6}
                patternTransform="rotate(45)"
              >
                <rect width={6} height={6} fill={colors.neutralSoft} />
                <line x1={0} y1={0} x2={0} y2={6} stroke={colors.neutral} strokeWidth={2} />
              </pattern>
            </defs>
            <XAxis type="number" hide domain={[0, Math.max(total, 1)]} />
            <YAxis type="category" dataKey="name" hide />
            <Tooltip
              isAnimationActive={false}
              cursor={false}
              content={({ active }) =>
                active ? (
                  <TooltipCard
                    title={`${label}: ${format(total)}`}
                    lines={placed.map((s) => ({
                      label: s.label,
                      value: `${format(s.value)}${s.share === null ? '' : ` (${formatPercent(s.share)})`}`,
                      color: toneColor(s.tone, colors),
                    }))}
                  />
                ) : null
              }
            />
            {placed.map((segment) => (
              <Bar
                key={segment.key}
                dataKey={segment.key}
                name={segment.label}
                stackId="one"
                isAnimationActive={false}
                shape={shape(segment)}
              />
            ))}
          </BarChart>
        )}
      </ChartBox>
      <ChartLegend
        items={placed.map((s) => ({
          label: s.label,
          color: toneColor(s.tone, colors),
          kind: s.tone === 'hatched' ? ('hatched' as const) : ('box' as const),
          detail: `${format(s.value)}${s.share === null ? '' : ` · ${formatPercent(s.share)}`}`,
        }))}
      />
    </div>
  );
}
