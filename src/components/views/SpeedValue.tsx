import { useId } from 'react';
import { fasterAnswer } from '../../lib/calculator';
import { SPEED_THRESHOLDS, type SpeedToLead } from '../../lib/metrics';
import { baselineOf, useAppStore, useCalculatorPrefill, useMetric } from '../../store';
import { spanWords } from '../common/span-words';
import { formatCount, formatMoney, formatPercent } from '../common/format';
import { withinShort, withinWords } from './speed-words';

const leadsText = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/**
 * The value of answering faster (lib/metrics/speed-value.ts) for the X the user picks, in words, with
 * its range and span, and one click to try it in the Calculator as a scenario.
 */
export function SpeedValue({ speed, currency }: { speed: SpeedToLead; currency: string }) {
  const within = useAppStore((s) => s.speedWithinMinutes);
  const setWithin = useAppStore((s) => s.setSpeedWithinMinutes);
  const revenue = useMetric('revenue');
  const prefill = useCalculatorPrefill().data;
  const id = useId();
  const value = speed.valueOfSpeed;
  const money = (n: number) => formatMoney(n, currency);
  const x = withinWords(within);
  const span = prefill?.spanDays ? ` ${spanWords(prefill.spanDays)}` : '';
  const average = revenue.data?.averageWonAmount ?? null;

  let sentence: string;
  if (value === null)
    sentence = `No lead in view was answered within ${x}: there is nothing to compare with.`;
  else if (value.extraWonLeads <= 0)
    sentence = `Leads answered slower than ${x} were ${value.basis} at least as often as those answered within ${x} (${formatPercent(value.rateWithin)}): in your data, answering faster shows no gain.`;
  else if (value.basis === 'qualified')
    sentence = `If every lead answered slower than ${x} had qualified like the leads answered within ${x} (${formatPercent(value.rateWithin)}), about ${leadsText(value.extraWonLeads)} more leads would have qualified${span} (range ${leadsText(value.low ?? 0)} to ${leadsText(value.high ?? 0)}). What they are worth needs deals linked to leads.`;
  else if (value.extraRevenue === null)
    sentence = `If every lead answered slower than ${x} had been won like the leads answered within ${x} (${formatPercent(value.rateWithin)}), about ${leadsText(value.extraWonLeads)} more leads would have been won${span}. What they are worth needs deal amounts in one currency.`;
  else
    sentence = `If every lead answered slower than ${x} had been won like the leads answered within ${x} (${formatPercent(value.rateWithin)}), about ${leadsText(value.extraWonLeads)} more leads would have been won: ${money(value.extraRevenue)}${span} (range ${money(value.low ?? 0)} to ${money(value.high ?? 0)}), at your average won deal of ${average === null ? 'unknown' : money(average)}.`;

  const perPeriod =
    value?.extraRevenue != null && prefill?.periodScale != null
      ? value.extraRevenue * prefill.periodScale
      : null;
  const reason =
    perPeriod === null
      ? 'Needs the value in money and a created date.'
      : perPeriod <= 0
        ? 'Answering faster shows no gain in your data.'
        : null;
  const addScenario = () => {
    if (perPeriod === null || !prefill) return;
    const store = useAppStore.getState();
    store.applyCalculatorPrefill(prefill);
    const faster = fasterAnswer(baselineOf(useAppStore.getState().calculator).inputs, perPeriod);
    if (!faster) return;
    store.addCalculatorVariant(`Answer within ${withinShort(within)}`, {
      leadToSqlRate: faster.leadToSqlRate,
    });
    store.setView('calculator');
  };

  return (
    <section className="card speed-value" aria-labelledby={`${id}-title`} data-testid="speed-value">
      <div className="row-actions" style={{ justifyContent: 'space-between' }}>
        <h3 id={`${id}-title`}>What answering faster is worth</h3>
        <label className="small" htmlFor={`${id}-within`}>
          Answered within{' '}
          <select id={`${id}-within`} value={within} onChange={(e) => setWithin(Number(e.target.value))}>
            {SPEED_THRESHOLDS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {withinWords(minutes)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p data-testid="speed-value-sentence" data-extra={value?.extraRevenue ?? undefined}>
        {sentence}
      </p>
      <p className="small muted">
        Over the timed leads only: {value ? formatCount(value.leadsWithin) : 0} answered within {x},{' '}
        {value ? formatCount(value.leadsSlower) : 0} slower. Leads never followed up are leaked revenue
        already; leads followed up at an unknown time are in neither. The range comes from the 95% interval of
        the within-{x} rate.
      </p>
      <button
        type="button"
        onClick={addScenario}
        disabled={reason !== null}
        title={reason ?? `A Calculator scenario whose inbound revenue grows by this value for its period`}
        data-testid="speed-scenario"
      >
        Try “Answer within {withinShort(within)}” in the Calculator
      </button>
      {reason && <p className="small muted">{reason}</p>}
    </section>
  );
}
