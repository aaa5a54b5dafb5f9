import { PERIOD_WORDS, type CalculatorPeriod, type ScenarioComparison } from '../../lib/calculator';
import { count, money, percent } from './calc-format';
import { gapWord } from './words';

interface Props {
  comparison: ScenarioComparison;
  currency: string;
  period: CalculatorPeriod;
}

/** The answer first: the selected scenario's GAP as a sentence, then the equation and what closes it. */
export function GapHeadline({ comparison, currency, period }: Props) {
  const { scenario, outputs } = comparison;
  const { inputs } = scenario;
  const per = PERIOD_WORDS[period];
  const word = gapWord(outputs.gap);
  const m = (n: number) => money(n, currency);
  const covered = outputs.inboundRevenue + outputs.nurtureRevenue;
  const sentence =
    word === 'Gap'
      ? `Of the ${m(outputs.newRevenueNeeded)} new revenue you need ${per}, inbound leads and nurturing bring ${m(covered)}: ${m(outputs.gap)} is left to find elsewhere.`
      : word === 'Surplus'
        ? `Inbound leads and nurturing bring ${m(covered)} ${per}, ${m(-outputs.gap)} more than the ${m(Math.max(0, outputs.newRevenueNeeded))} new revenue you need.`
        : `Inbound leads and nurturing bring exactly the new revenue you need ${per}.`;

  return (
    <section
      className={`card calc-headline ${word === 'Gap' ? 'is-gap' : 'is-surplus'}`}
      aria-labelledby="calc-headline-figure"
      data-testid="gap-headline"
    >
      <p className="calc-headline-scenario small muted">
        {scenario.name}
        {scenario.baseline ? ' (baseline)' : ''}
      </p>
      <p id="calc-headline-figure" className="calc-headline-figure num" data-gap={outputs.gap}>
        <span className="calc-headline-word">{word}</span>{' '}
        {word !== 'No gap' && <span>{m(Math.abs(outputs.gap))}</span>}{' '}
        <span className="calc-headline-per">{per}</span>
      </p>
      <p className="calc-headline-sentence">{sentence}</p>
      <dl className="calc-equation num" aria-label="Revenue − Inbound − Nurturing = The GAP">
        <div>
          <dt>New revenue needed</dt>
          <dd>{m(outputs.newRevenueNeeded)}</dd>
          <dd className="small muted">
            goal {m(inputs.revenueGoal)} − retained {m(outputs.retained)}
          </dd>
        </div>
        <div className="op" aria-hidden="true">
          −
        </div>
        <div>
          <dt>Inbound</dt>
          <dd>{m(outputs.inboundRevenue)}</dd>
        </div>
        <div className="op" aria-hidden="true">
          −
        </div>
        <div>
          <dt>Nurturing</dt>
          <dd>{m(outputs.nurtureRevenue)}</dd>
        </div>
        <div className="op" aria-hidden="true">
          =
        </div>
        <div className="result">
          <dt>{word === 'Surplus' ? 'Surplus (negative GAP)' : 'The GAP'}</dt>
          <dd>{m(outputs.gap)}</dd>
        </div>
      </dl>
      <ul className="calc-facts">
        <li>
          <strong>To close it:</strong>{' '}
          {outputs.gap <= 0
            ? 'nothing more is needed at these rates.'
            : outputs.sqlsNeeded === null
              ? `no number of SQLs closes it while an SQL is worth nothing (SQL close rate ${percent(inputs.sqlCloseRate)}, average deal ${m(inputs.averageDeal)}).`
              : outputs.leadsNeeded === null
                ? `${count(Math.ceil(outputs.sqlsNeeded))} more SQLs ${per}; no number of leads gets there at a ${percent(inputs.followUpRate)} follow-up and ${percent(inputs.leadToSqlRate)} lead-to-SQL rate.`
                : `${count(Math.ceil(outputs.sqlsNeeded))} more SQLs ${per}, or ${count(Math.ceil(outputs.leadsNeeded))} more inbound leads at today’s follow-up and qualification rates.`}
        </li>
        <li>
          <strong>Lost to no follow-up:</strong>{' '}
          {outputs.revenueLostToNoFollowUp > 0
            ? `${m(outputs.revenueLostToNoFollowUp)} ${per} from the ${percent(1 - inputs.followUpRate)} of leads nobody follows up (before nurturing).`
            : 'nothing: every lead is followed up.'}
        </li>
      </ul>
    </section>
  );
}
