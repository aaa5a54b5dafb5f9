import { RECHARTS_A11Y } from '../charts/chart-a11y';
import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { rankLevers, type CalculatorInputs, type LeverEffect } from '../../lib/calculator';
import { ChartFrame, ChartLegend, useChartColors } from '../charts';
import { ChartBox } from '../charts/ChartBox';
import { textWidth } from '../charts/text-fit';
import { TooltipCard } from '../charts/TooltipCard';
import type { Column } from '../table/types';
import { fieldValue, money, signedMoney } from './calc-format';
import { listWords } from './words';

const FONT = 12;

/** "Follow-up rate" → "follow-up rate", but "SQL close rate" stays. */
const lowerFirst = (label: string) =>
  /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
const ROW = 30;

interface Row extends LeverEffect {
  now: number;
  /** How much the GAP falls (positive) or rises (negative) with this input +10%. */
  reduction: number;
  nowText: string;
  newText: string;
}

/**
 * "Which lever closes the gap fastest": the change of the GAP when each input alone is raised by
 * 10% of its value (rankLevers), largest reduction first. Reductions are neutral bars to the
 * right; inputs whose rise widens the gap (a higher goal) are accent bars to the left.
 */
export function LeverChart({ inputs, currency }: { inputs: CalculatorInputs; currency: string }) {
  const colors = useChartColors();
  const rows: Row[] = rankLevers(inputs).map((lever) => ({
    ...lever,
    now: inputs[lever.field],
    reduction: -lever.gapChange,
    nowText: fieldValue(lever.field, inputs[lever.field], currency),
    newText: fieldValue(lever.field, lever.newValue, currency),
  }));
  // Whole units in the title, as in the table (compact only on the bar-end labels).
  const c = (n: number) => money(n, currency);
  const first = rows[0];
  const tolerance = (n: number) => 1e-9 * Math.max(1, Math.abs(n));
  const top = first
    ? rows.filter((r) => Math.abs(r.reduction - first.reduction) <= tolerance(first.reduction))
    : [];
  const names = top.map((r) => lowerFirst(r.label));
  const title =
    !first || first.reduction <= 0
      ? 'No input lowers the GAP when raised by 10%'
      : top.length > 1
        ? `Raising ${listWords(names)} by 10% each lowers the GAP most: ${c(first.reduction)}`
        : `Raising ${names[0]} by 10% lowers the GAP most: ${c(first.reduction)}`;
  const hasRaise = rows.some((r) => r.reduction < 0);
  const columns: Column<Row>[] = [
    { key: 'label', label: 'Input' },
    { key: 'nowText', label: 'Now', numeric: true },
    { key: 'newText', label: '+10%', numeric: true },
    { key: 'gapChange', label: 'GAP change', numeric: true, format: (n) => signedMoney(n, currency) },
    { key: 'newGap', label: 'New GAP', numeric: true, format: (n) => money(n, currency) },
  ];
  const labelOf = (row: Row) =>
    Math.round(row.gapChange) === 0 ? 'no change' : signedMoney(row.gapChange, currency, true);
  const height = rows.length * ROW + 16;

  return (
    <ChartFrame
      title={title}
      subtitle="How the GAP moves when one input rises by 10% of its value (rates capped at 100%), the others unchanged"
      name="gap-levers"
      testId="gap-levers"
      rows={rows}
      columns={columns}
      note="Inputs that multiply the same revenue (leads, follow-up, close rate, deal size) move the GAP by the same amount."
    >
      <ChartBox height={height}>
        {(width) => {
          const axisWidth = Math.min(Math.round(width * 0.42), 150);
          const labelRoom = Math.max(48, ...rows.map((r) => textWidth(labelOf(r), FONT))) + 14;
          const low = Math.min(0, ...rows.map((r) => r.reduction));
          const max = Math.max(0, ...rows.map((r) => r.reduction), low < 0 ? 0 : 1);
          // Room inside the plot for the labels of bars that go left (the category labels sit beyond it).
          const plotWidth = Math.max(1, width - axisWidth - labelRoom);
          const min = low < 0 ? low - ((max - low) * labelRoom) / Math.max(1, plotWidth - labelRoom) : 0;
          const shape = ({ x, y, width: w, height: h, payload }: BarShapeProps) => {
            const row = payload as Row;
            const left = Math.min(x, x + w);
            const right = Math.max(x, x + w);
            const raises = row.reduction < 0;
            return (
              <g>
                <rect
                  x={left}
                  y={y}
                  width={Math.max(right - left, row.reduction === 0 ? 0 : 1)}
                  height={h}
                  fill={raises ? colors.gap : colors.neutral}
                  rx={2}
                />
                <text
                  x={raises ? left - 6 : right + 6}
                  y={y + h / 2}
                  textAnchor={raises ? 'end' : 'start'}
                  dominantBaseline="central"
                  fontSize={FONT}
                  fill={raises ? colors.gap : colors.text}
                >
                  {labelOf(row)}
                </text>
              </g>
            );
          };
          return (
            <BarChart
              {...RECHARTS_A11Y}
              width={width}
              height={height}
              data={rows}
              layout="vertical"
              margin={{ top: 8, right: labelRoom, bottom: 8, left: 0 }}
              barSize={18}
            >
              <XAxis type="number" hide domain={[min, max]} />
              <YAxis
                type="category"
                dataKey="label"
                width={axisWidth}
                interval={0}
                axisLine={false}
                tickLine={false}
                tick={{ fill: colors.text, fontSize: FONT }}
              />
              <ReferenceLine x={0} stroke={colors.muted} />
              <Tooltip
                isAnimationActive={false}
                cursor={{ fill: colors.surface2 }}
                content={({ active, payload }) => {
                  const row = active ? (payload[0]?.payload as Row | undefined) : undefined;
                  if (!row) return null;
                  return (
                    <TooltipCard
                      title={row.label}
                      lines={[
                        { label: 'Now', value: row.nowText },
                        { label: '+10%', value: row.newText },
                        { label: 'GAP change', value: signedMoney(row.gapChange, currency) },
                        { label: 'New GAP', value: money(row.newGap, currency) },
                      ]}
                    />
                  );
                }}
              />
              <Bar dataKey="reduction" isAnimationActive={false} shape={shape} />
            </BarChart>
          );
        }}
      </ChartBox>
      <ChartLegend
        items={[
          { label: 'Lowers the GAP', color: colors.neutral },
          ...(hasRaise ? [{ label: 'Raises the GAP', color: colors.gap }] : []),
        ]}
      />
    </ChartFrame>
  );
}
