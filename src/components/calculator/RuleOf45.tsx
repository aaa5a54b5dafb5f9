import { useId, useState } from 'react';
import { ruleOf45ProjectedSales, type CalculatorInputs } from '../../lib/calculator';
import { formatMoney, formatPercent } from '../common/format';

interface Props {
  inputs: CalculatorInputs;
  currency: string;
}

/**
 * Obermayer's Rule of 45 as a cross-check of the inbound figure: ~45% of inquiries buy from someone
 * within 12 months, so projected sales = inquiries × 45% × follow-up × your market share × average
 * deal. The market share is the user's assumption (default 25%, Obermayer's example).
 */
export function RuleOf45({ inputs, currency }: Props) {
  const id = useId();
  const [share, setShare] = useState('25');
  const marketShare = Number(share) / 100;
  const valid = Number.isFinite(marketShare) && marketShare >= 0 && marketShare <= 1;
  const project = (followUpRate: number) =>
    ruleOf45ProjectedSales({
      inquiries: inputs.inboundLeads,
      followUpRate,
      marketShare: valid ? marketShare : 0,
      averageDeal: inputs.averageDeal,
    });
  const today = project(inputs.followUpRate);
  const full = project(1);
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="rule-of-45">
      <h2 id={`${id}-title`}>Rule of 45 cross-check</h2>
      <p className="muted small">
        About 45% of inquiries buy from someone within 12 months (Obermayer). At your follow-up rate and
        market share, your inquiries are worth:
      </p>
      <div className="row-actions" style={{ marginBottom: '0.5rem' }}>
        <label htmlFor={`${id}-share`}>Your market share (%)</label>
        <input
          id={`${id}-share`}
          type="number"
          min={0}
          max={100}
          step={1}
          value={share}
          onChange={(e) => setShare(e.target.value)}
          aria-invalid={!valid}
          style={{ width: '6rem' }}
        />
        <span className="badge">your assumption</span>
      </div>
      {valid ? (
        <ul className="rule45">
          <li>
            <strong className="num">{formatMoney(today, currency)}</strong> a year at today’s{' '}
            {formatPercent(inputs.followUpRate)} follow-up
          </li>
          <li>
            <strong className="num">{formatMoney(full, currency)}</strong> a year if every inquiry were
            followed up
          </li>
        </ul>
      ) : (
        <p className="gap-text small">Market share must be between 0% and 100%.</p>
      )}
    </section>
  );
}
