import {
  FIELD_LABELS,
  PERIOD_WORDS,
  missingInputs,
  shownOutputs,
  type CalculatorPeriod,
  type CalculatorPrefill,
  type ScenarioComparison,
} from '../../lib/calculator';
import { spanWords } from '../common/span-words';
import { count, money, percent } from './calc-format';
import { gapWord } from './words';

/** The dashboard's leaked revenue and the scale to the period, when data is loaded. */
export interface LeakScale {
  leakedRevenue: number | null;
  prefill: CalculatorPrefill;
}

interface Props {
  comparison: ScenarioComparison;
  currency: string;
  period: CalculatorPeriod;
  leak?: LeakScale | undefined;
}

/** The answer first: the selected scenario's GAP as a sentence, then the equation and what closes it. */
export function GapHeadline({ comparison, currency, period, leak }: Props) {
  const { scenario } = comparison;
  const { inputs } = scenario;
  const outputs = shownOutputs(comparison.outputs, scenario.provenance);
  const missing = missingInputs(scenario.provenance);
  const per = PERIOD_WORDS[period];
  const m = (n: number | null) => (n === null ? '—' : money(n, currency));
  const gap = outputs.gap;
  const word = gap === null ? null : gapWord(gap);
  const covered =
    outputs.nurtureRevenue === null || outputs.inboundRevenue === null
      ? null
      : outputs.inboundRevenue + outputs.nurtureRevenue;
  const lower = (f: (typeof missing)[number]) => {
    const label = FIELD_LABELS[f];
    return label.charAt(0).toLowerCase() + label.slice(1);
  };
  const first = missing.includes('revenueGoal') ? 'revenueGoal' : missing[0];
  const ask =
    first === undefined
      ? ''
      : `Enter your ${first === 'revenueGoal' ? 'revenue goal' : lower(first)} to see your GAP`;
  // The sentence below asks for the average deal itself when no revenue can be shown without it.
  const others = missing.filter(
    (f) => f !== first && !(f === 'averageDeal' && outputs.inboundRevenue === null),
  );
  const alsoNeeded = others.length === 0 ? '' : ` Also needed for the GAP: ${others.map(lower).join(', ')}.`;
  const sentence =
    gap === null || covered === null || outputs.newRevenueNeeded === null
      ? outputs.inboundRevenue === null
        ? `What a won lead is worth is not in your data: enter your average deal size to see revenue.${alsoNeeded}`
        : `Inbound leads bring ${m(outputs.inboundRevenue)} ${per} at today’s follow-up.${alsoNeeded}`
      : word === 'Gap'
        ? `Of the ${m(outputs.newRevenueNeeded)} new revenue you need ${per}, inbound leads and nurturing bring ${m(covered)}: ${m(gap)} is left to find elsewhere.`
        : word === 'Surplus'
          ? `Inbound leads and nurturing bring ${m(covered)} ${per}, ${m(-gap)} more than the ${m(Math.max(0, outputs.newRevenueNeeded))} new revenue you need.`
          : `Inbound leads and nurturing bring exactly the new revenue you need ${per}.`;
  const followUpAssumed = leak?.prefill.sources?.followUpRate?.kind === 'benchmark';
  const spanDays = leak?.prefill.spanDays ?? null;

  return (
    <section
      className={`card calc-headline ${word === null ? 'is-asking' : word === 'Gap' ? 'is-gap' : 'is-surplus'}`}
      aria-labelledby="calc-headline-figure"
      data-testid="gap-headline"
      data-missing={missing.join(' ')}
    >
      <p className="calc-headline-scenario small muted">
        {scenario.name}
        {scenario.baseline ? ' (baseline)' : ''}
      </p>
      {gap === null || word === null ? (
        <p id="calc-headline-figure" className="calc-headline-figure calc-headline-ask" data-testid="gap-ask">
          {ask}.
        </p>
      ) : (
        <p id="calc-headline-figure" className="calc-headline-figure num" data-gap={gap}>
          <span className="calc-headline-word">{word}</span>{' '}
          {word !== 'No gap' && <span>{m(Math.abs(gap))}</span>}{' '}
          <span className="calc-headline-per">{per}</span>
        </p>
      )}
      <p className="calc-headline-sentence">{sentence}</p>
      <div className="calc-equation num" role="group" aria-label="Revenue − Inbound − Nurturing = The GAP">
        <dl>
          <dt>New revenue needed</dt>
          <dd>{m(outputs.newRevenueNeeded)}</dd>
          <dd className="small muted">
            goal {missing.includes('revenueGoal') ? '—' : m(inputs.revenueGoal)} − retained{' '}
            {m(outputs.retained)}
          </dd>
        </dl>
        <div className="op" aria-hidden="true">
          −
        </div>
        <dl>
          <dt>Inbound</dt>
          <dd data-testid="inbound-revenue">{m(outputs.inboundRevenue)}</dd>
        </dl>
        <div className="op" aria-hidden="true">
          −
        </div>
        <dl>
          <dt>Nurturing</dt>
          <dd>{m(outputs.nurtureRevenue)}</dd>
        </dl>
        <div className="op" aria-hidden="true">
          =
        </div>
        <dl className="result">
          <dt>{word === 'Surplus' ? 'Surplus (negative GAP)' : 'The GAP'}</dt>
          <dd>{m(gap)}</dd>
        </dl>
      </div>
      <ul className="calc-facts">
        {gap !== null && (
          <li>
            <strong>To close it:</strong>{' '}
            {gap <= 0
              ? 'nothing more is needed at these rates.'
              : outputs.sqlsNeeded === null
                ? `no number of SQLs closes it while an SQL is worth nothing (SQL close rate ${percent(inputs.sqlCloseRate)}, average deal ${m(inputs.averageDeal)}).`
                : outputs.leadsNeeded === null
                  ? `${count(Math.ceil(outputs.sqlsNeeded))} more SQLs ${per}; no number of leads gets there at a ${percent(inputs.followUpRate)} follow-up and ${percent(inputs.leadToSqlRate)} lead-to-SQL rate.`
                  : `${count(Math.ceil(outputs.sqlsNeeded))} more SQLs ${per}, or ${count(Math.ceil(outputs.leadsNeeded))} more inbound leads at today’s follow-up and qualification rates.`}
          </li>
        )}
        <li data-testid="lost-to-no-follow-up" data-value={outputs.revenueLostToNoFollowUp}>
          <strong>Lost to no follow-up:</strong>{' '}
          {outputs.revenueLostToNoFollowUp === null
            ? `needs your average deal size; ${percent(1 - inputs.followUpRate)} of leads are not followed up.`
            : outputs.revenueLostToNoFollowUp > 0
              ? `${m(outputs.revenueLostToNoFollowUp)} ${per} from the ${percent(1 - inputs.followUpRate)} of leads nobody follows up (before nurturing).`
              : inputs.followUpRate >= 1
                ? 'nothing: every lead is followed up.'
                : 'nothing at these rates.'}
          {leak && spanDays !== null && leak.leakedRevenue !== null && (
            <>
              {' '}
              <span data-testid="leak-scale" data-leaked={leak.leakedRevenue} data-span-days={spanDays}>
                The dashboard’s leaked revenue is {m(leak.leakedRevenue)} {spanWords(spanDays)} (
                {count(spanDays)} days), ×{' '}
                {(leak.prefill.periodDays ?? 365).toLocaleString('en-US', { maximumFractionDigits: 2 })} /{' '}
                {count(spanDays)} for {per}.
              </span>
            </>
          )}
          {followUpAssumed && (
            <>
              {' '}
              <span data-testid="follow-up-assumed">
                Follow-up is not in your data: this rests on an assumed {percent(inputs.followUpRate)}{' '}
                follow-up rate.
              </span>
            </>
          )}
        </li>
        {outputs.leadsPerRevenue !== null && (
          <li data-testid="leads-per-revenue">
            <strong>Leads needed per {m(10_000)} of revenue:</strong>{' '}
            {(outputs.leadsPerRevenue * 10_000).toLocaleString('en-US', { maximumFractionDigits: 1 })}
          </li>
        )}
        {leak?.prefill.notes?.map((note) => (
          <li key={note} className="small muted" data-testid="prefill-note">
            {note}
          </li>
        ))}
      </ul>
    </section>
  );
}
