import { RECHARTS_A11Y } from './chart-a11y';
import type { KeyboardEvent } from 'react';
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
import { TOP_SEGMENTS } from '../../lib/metrics';
import { formatCount, formatPercent } from '../common/format';
import { placeBars, type BarDatum, type PlacedBar } from './bar-data';
import { ChartBox } from './ChartBox';
import { keepFocus, useRovingMarks } from './roving';
import { EmptyChart } from './EmptyChart';
import { ChartLegend } from './ChartLegend';
import { categoryAxisWidth, fitText, textWidth } from './text-fit';
import { TooltipCard } from './TooltipCard';
import { useInteractive } from '../common/interactive';
import { useChartColors } from './use-chart-colors';

export interface BarListProps {
  data: readonly BarDatum[];
  /** What a bar counts, e.g. "Leads". */
  valueLabel: string;
  /** What the accent part counts, e.g. "Never followed up" (only with `gap` in the data). */
  gapLabel?: string | undefined;
  /** The neutral part when there is a gap, e.g. "Followed up" (default: "Other leads"). */
  restLabel?: string | undefined;
  /** Exact figures (tooltip); default counts. */
  format?: ((n: number) => string) | undefined;
  /** Bar-end labels (default `format`); e.g. formatMoneyCompact. */
  labelFormat?: ((n: number) => string) | undefined;
  /** The category currently filtered to: highlighted, the others faded. */
  selected?: string | null | undefined;
  /** Click (or Enter on a category name) selects a bar, e.g. to filter by that source. */
  onSelect?: ((category: string) => void) | undefined;
  /** The first this many rows keep their names; the rest become "Other (n)" (default TOP_SEGMENTS). */
  maxBars?: number | undefined;
  /** Biggest first (default) or as given. */
  sort?: boolean | undefined;
}

const FONT = 12;
const ROW = 30;
const BAR = 18;
/** Below this width the category names go above their bars (full width for long names). */
const NARROW = 480;
const NARROW_ROW = 44;

/** Horizontal bars by category, optionally with the gap part in the accent colour. */
export function BarList({
  data,
  valueLabel,
  gapLabel,
  restLabel,
  format = formatCount,
  labelFormat = format,
  selected = null,
  onSelect: onSelectGiven,
  maxBars = TOP_SEGMENTS,
  sort = true,
}: BarListProps) {
  const colors = useChartColors();
  // A snapshot's filters are fixed: its bars are not buttons.
  const onSelect = useInteractive() ? onSelectGiven : undefined;
  const bars = placeBars(data, maxBars, sort);
  const hasGap = bars.some((bar) => bar.gapShare !== null);
  const endLabel = (bar: PlacedBar) =>
    hasGap && bar.gapShare !== null
      ? `${labelFormat(bar.value)} · ${formatPercent(bar.gapShare)}`
      : labelFormat(bar.value);
  const labelRoom = Math.max(40, ...bars.map((bar) => textWidth(endLabel(bar), FONT))) + 10;
  const rowOf = (width: number) => (width < NARROW ? NARROW_ROW : ROW);
  const heightOf = (width: number) => bars.length * rowOf(width) + 12;
  const faded = (bar: PlacedBar) => selected !== null && bar.category !== selected;
  const selectable = (bar: PlacedBar | undefined): bar is PlacedBar => Boolean(onSelect && bar && !bar.other);
  // One tab stop for all the bars; arrow keys move between them.
  const roving = useRovingMarks(
    bars.filter(selectable).map((bar) => bar.category),
    selected,
  );

  const shape =
    (part: 'rest' | 'gap') =>
    ({ x, y, width, height: barHeight, payload }: BarShapeProps) => {
      const bar = payload as PlacedBar;
      const isTop = part === 'gap' || !hasGap;
      const fill = part === 'gap' ? colors.gap : colors.neutral;
      return (
        // Faded bars keep a full-colour outline (3:1) and their labels stay readable text (4.5:1).
        <g data-bar={bar.category} data-part={part} data-faded={faded(bar) || undefined}>
          <Rectangle
            x={x}
            y={y}
            width={width}
            height={barHeight}
            fill={fill}
            {...(faded(bar) && { fillOpacity: 0.3, stroke: fill, strokeWidth: 1 })}
          />
          {isTop && (
            <text
              x={x + width + 6}
              y={y + barHeight / 2}
              dominantBaseline="central"
              fontSize={FONT}
              fill={faded(bar) ? colors.muted : colors.text}
              className="num"
            >
              {endLabel(bar)}
            </text>
          )}
        </g>
      );
    };

  const legend = hasGap
    ? [
        { label: restLabel ?? `Other ${valueLabel.toLowerCase()}`, color: colors.neutral },
        { label: `${gapLabel ?? 'Gap'} (% of bar)`, color: colors.gap },
      ]
    : [];

  if (bars.length === 0) return <EmptyChart />;

  return (
    <div className="bar-list">
      <ChartBox height={heightOf} access={onSelect ? 'keys' : 'table'}>
        {(width) => {
          const narrow = width < NARROW;
          const row = rowOf(width);
          const height = heightOf(width);
          const axisWidth = narrow
            ? 1
            : categoryAxisWidth(
                bars.map((bar) => bar.category),
                width - labelRoom,
                FONT,
                { share: 0.42, weight: 700 },
              );
          const renderTick = ({ y, payload, index }: YAxisTickContentProps) => {
            const bar = bars[index];
            const label = String(payload.value);
            const shown = fitText(label, narrow ? width - 8 : axisWidth - 10, FONT, 700);
            const isSelected = bar?.category === selected;
            const at = narrow ? `translate(1,${y})` : `translate(${axisWidth - 6},${y})`;
            const content = (
              <text
                x={0}
                y={narrow ? -BAR / 2 - 6 : 0}
                textAnchor={narrow ? 'start' : 'end'}
                dominantBaseline={narrow ? 'auto' : 'central'}
                fontSize={FONT}
                fontWeight={isSelected ? 700 : 400}
                fill={bar && faded(bar) ? colors.muted : colors.text}
              >
                <title>{label}</title>
                {shown}
              </text>
            );
            if (!selectable(bar)) return <g transform={at}>{content}</g>;
            const choose = (event: { currentTarget: Element }) => {
              onSelect?.(bar.category);
              keepFocus(event.currentTarget.closest('.chart-box'), bar.category);
            };
            return (
              <g
                transform={at}
                className="bar-tick"
                data-testid="filter-target"
                data-category={bar.category}
                tabIndex={bar.category === roving.stop ? 0 : -1}
                role="button"
                aria-pressed={isSelected}
                aria-label={`${label}: ${format(bar.value)} ${valueLabel.toLowerCase()}`}
                onClick={choose}
                onFocus={() => roving.onFocus(bar.category)}
                onKeyDown={(event: KeyboardEvent<SVGGElement>) => {
                  if (roving.walk(event, bar.category)) return;
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    choose(event);
                  }
                }}
              >
                <rect
                  className="tick-focus"
                  x={narrow ? -1 : -axisWidth + 8}
                  y={-row / 2 + 2}
                  width={narrow ? width - 2 : axisWidth - 4}
                  height={row - 4}
                  rx={4}
                  fill="transparent"
                />
                {content}
              </g>
            );
          };
          return (
            <BarChart
              {...RECHARTS_A11Y}
              width={width}
              height={height}
              data={bars}
              layout="vertical"
              margin={{ top: 6, right: labelRoom, bottom: 6, left: 0 }}
              barSize={BAR}
              {...(onSelect && { style: { cursor: 'pointer' } })}
            >
              <XAxis type="number" hide domain={[0, 'dataMax']} />
              <YAxis
                type="category"
                dataKey="category"
                width={axisWidth}
                axisLine={false}
                tickLine={false}
                interval={0}
                tick={renderTick}
              />
              <Tooltip
                cursor={{ fill: colors.surface2 }}
                isAnimationActive={false}
                content={({ active, payload }) => {
                  const bar = active ? (payload[0]?.payload as PlacedBar | undefined) : undefined;
                  if (!bar) return null;
                  const lines = [{ label: valueLabel, value: format(bar.value) }];
                  if (bar.gapShare !== null) {
                    lines.push({
                      label: gapLabel ?? 'Gap',
                      value: `${format(bar.gapPart)} (${formatPercent(bar.gapShare)})`,
                    });
                  }
                  return <TooltipCard title={bar.category} lines={lines} />;
                }}
              />
              <Bar
                dataKey="rest"
                stackId="bar"
                isAnimationActive={false}
                shape={shape('rest')}
                onClick={(item) => {
                  const bar = item.payload as PlacedBar | undefined;
                  if (selectable(bar)) onSelect?.(bar.category);
                }}
              />
              {hasGap && (
                <Bar
                  dataKey="gapPart"
                  stackId="bar"
                  isAnimationActive={false}
                  shape={shape('gap')}
                  onClick={(item) => {
                    const bar = item.payload as PlacedBar | undefined;
                    if (selectable(bar)) onSelect?.(bar.category);
                  }}
                />
              )}
            </BarChart>
          );
        }}
      </ChartBox>
      {legend.length > 0 && <ChartLegend items={legend} />}
    </div>
  );
}
