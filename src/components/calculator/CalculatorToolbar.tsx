import { useState } from 'react';
import {
  CALCULATOR_PERIODS,
  COMMON_CURRENCIES,
  type CalculatorPeriod,
  type CalculatorPrefill,
} from '../../lib/calculator';
import { PERIOD_NAMES } from './calc-format';

interface Props {
  currency: string;
  period: CalculatorPeriod;
  prefill: { data: CalculatorPrefill | undefined; loading: boolean };
  hasData: boolean;
  onCurrency: (currency: string) => void;
  onPeriod: (period: CalculatorPeriod) => void;
  onUseData: () => void;
  onGoToData: () => void;
  onStartOver: () => void;
}

/** Currency, period, where the figures come from, and starting over (sharing is in the top bar). */
export function CalculatorToolbar({
  currency,
  period,
  prefill,
  hasData,
  onCurrency,
  onPeriod,
  onUseData,
  onGoToData,
  onStartOver,
}: Props) {
  const [confirmReset, setConfirmReset] = useState(false);
  const currencies: readonly string[] = COMMON_CURRENCIES.includes(
    currency as (typeof COMMON_CURRENCIES)[number],
  )
    ? COMMON_CURRENCIES
    : [currency, ...COMMON_CURRENCIES];

  return (
    <section className="card calc-toolbar" aria-label="Calculator settings">
      <div className="calc-settings">
        <label className="calc-inline-field">
          <span>Currency</span>
          <select value={currency} onChange={(e) => onCurrency(e.target.value)}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <label className="calc-inline-field">
          <span>Period</span>
          <select
            value={period}
            onChange={(e) => onPeriod(e.target.value as CalculatorPeriod)}
            aria-describedby="calc-period-note"
          >
            {CALCULATOR_PERIODS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_NAMES[p]}
              </option>
            ))}
          </select>
        </label>
        <span id="calc-period-note" className="visually-hidden">
          Changing the period rescales the revenue goal, prior revenue and inbound leads; rates stay.
        </span>
        <div className="calc-share row-actions">
          {confirmReset ? (
            <span className="calc-confirm" role="group" aria-label="Start over?">
              <span className="small">Remove every scenario?</span>
              <button
                type="button"
                className="small danger"
                onClick={() => {
                  setConfirmReset(false);
                  onStartOver();
                }}
              >
                Start over
              </button>
              <button type="button" className="small" onClick={() => setConfirmReset(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirmReset(true)}>
              Start over
            </button>
          )}
        </div>
      </div>
      <div className="calc-data-line" data-testid="calculator-data">
        {prefill.data ? (
          <>
            <p className="small">
              <span className="calc-source data">your data</span> Prefilled from {prefill.data.basis}. Inputs
              you change keep your figure.
            </p>
            <button type="button" onClick={onUseData}>
              Use my data
            </button>
          </>
        ) : prefill.loading ? (
          <p className="small muted" role="status">
            Reading your data…
          </p>
        ) : hasData ? (
          <p className="small muted">
            Your data is loaded; its figures will fill the baseline as soon as they are ready.
          </p>
        ) : (
          <>
            <p className="small muted">
              No data loaded: the inputs are published benchmarks and round assumptions. Load your lead and
              deal exports to prefill them.
            </p>
            <button type="button" onClick={onGoToData}>
              Load data
            </button>
          </>
        )}
      </div>
    </section>
  );
}
