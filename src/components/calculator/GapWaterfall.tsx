import type { CalculatorOutputs, CalculatorPeriod } from '../../lib/calculator';
import { PERIOD_WORDS } from '../../lib/calculator';
import { ChartFrame, WaterfallChart } from '../charts';
import type { Column } from '../table/types';
import { money, moneyCompact } from './calc-format';

interface Row {
  step: string;
  change: number | null;
  total: number;
}

/** Revenue goal → retained → inbound → nurture → the GAP, for the selected scenario. */
export function GapWaterfall({
  outputs,
  revenueGoal,
  currency,
  period,
  scenarioName,
}: {
  outputs: CalculatorOutputs;
  revenueGoal: number;
  currency: string;
  period: CalculatorPeriod;
  scenarioName: string;
}) {
  // Whole units in the title, as in the headline and the table (compact only on the bars and axis).
  const c = (n: number) => money(n, currency);
  const covered = outputs.inboundRevenue + outputs.nurtureRevenue;
  const title =
    outputs.gap > 0
      ? `Inbound and nurturing cover ${c(covered)} of the ${c(outputs.newRevenueNeeded)} new revenue needed: a ${c(outputs.gap)} gap`
      : `Inbound and nurturing bring ${c(covered)}, ${c(-outputs.gap)} more than the ${c(Math.max(0, outputs.newRevenueNeeded))} needed`;
  const endLabel = outputs.gap > 0 ? 'The GAP' : 'Surplus';
  const rows: Row[] = [
    { step: 'Revenue goal', change: null, total: revenueGoal },
    { step: 'Retained revenue', change: -outputs.retained, total: outputs.newRevenueNeeded },
    {
      step: 'Inbound revenue',
      change: -outputs.inboundRevenue,
      total: outputs.newRevenueNeeded - outputs.inboundRevenue,
    },
    { step: 'Nurture revenue', change: -outputs.nurtureRevenue, total: outputs.gap },
    { step: endLabel, change: null, total: outputs.gap },
  ];
  const columns: Column<Row>[] = [
    { key: 'step', label: 'Step' },
    { key: 'change', label: 'Change', numeric: true, format: (n) => money(n, currency), empty: '' },
    { key: 'total', label: 'Running total', numeric: true, format: (n) => money(n, currency) },
  ];
  return (
    <ChartFrame
      title={title}
      subtitle={`${scenarioName}, ${PERIOD_WORDS[period]}: revenue goal − retained − inbound − nurture = the GAP`}
      name="gap-waterfall"
      testId="gap-waterfall"
      rows={rows}
      columns={columns}
    >
      <WaterfallChart
        start={{ label: 'Goal', value: revenueGoal }}
        changes={[
          { label: 'Retained', value: -outputs.retained },
          { label: 'Inbound', value: -outputs.inboundRevenue },
          { label: 'Nurture', value: -outputs.nurtureRevenue },
        ]}
        end={{ label: endLabel, value: outputs.gap }}
        currency={currency}
        format={(n) => money(n, currency)}
        labelFormat={(n) => moneyCompact(n, currency)}
        height={280}
      />
    </ChartFrame>
  );
}
