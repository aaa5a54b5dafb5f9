import { useId, useState, type ChangeEvent } from 'react';
import {
  FIELD_KINDS,
  FIELD_LABELS,
  validateInputs,
  type CalculatorField,
  type CalculatorInputs,
  type Provenance,
} from '../../lib/calculator';
import { currencySymbol, fieldValue, inputText, parseTyped, sliderSpan, typedToValue } from './calc-format';
import { FIELD_HINTS, provenanceText } from './provenance';

export interface InputRowProps {
  field: CalculatorField;
  inputs: CalculatorInputs;
  provenance: Provenance;
  overridden: boolean;
  currency: string;
  /** What "your data" means here, e.g. "3,000 leads, … scaled to a year". */
  dataBasis: string | null;
  /** What Reset goes back to, in words: "your data (42.9%)". */
  resetTarget: string;
  onChange: (value: number) => void;
  onReset: () => void;
}

const FALLBACK_SPAN = { money: 1_000_000, count: 1_000, rate: 1 } as const;

/**
 * One input: the number (typed in the locale; rates in %), a slider for what-if, where the figure
 * came from, Reset when the user changed it, and validateInputs' message when what is typed is
 * not allowed (the store keeps the last valid value meanwhile).
 */
export function InputRow({
  field,
  inputs,
  provenance,
  overridden,
  currency,
  dataBasis,
  resetTarget,
  onChange,
  onReset,
}: InputRowProps) {
  const id = useId();
  const kind = FIELD_KINDS[field];
  const label = FIELD_LABELS[field];
  const value = inputs[field];
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The slider's upper end: twice the value, recomputed when the value changes from outside (typed,
  // prefilled, reset, another scenario) but not while the slider itself moves it.
  const fallback = FALLBACK_SPAN[kind];
  const [track, setTrack] = useState(() => ({ value, span: sliderSpan(value, fallback) }));
  if (track.value !== value) setTrack({ value, span: sliderSpan(value, fallback) });
  const span = kind === 'rate' ? 1 : track.value === value ? track.span : sliderSpan(value, fallback);

  const onType = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    const typed = typedToValue(field, parseTyped(text));
    const check = validateInputs({ ...inputs, [field]: typed });
    const message = check.ok ? null : (check.errors.find((e) => e.field === field)?.message ?? null);
    setError(message);
    if (message === null && typeof typed === 'number') {
      if (typed !== value || provenance.kind === 'empty') onChange(typed);
    }
  };
  const onSlide = (event: ChangeEvent<HTMLInputElement>) => {
    const slid = Number(event.target.value);
    const next = kind === 'rate' ? slid / 100 : slid;
    setDraft(null);
    setError(null);
    setTrack({ value: next, span: track.span });
    if (next !== value) onChange(next);
  };
  const shown = draft === null && provenance.kind === 'empty' ? '' : (draft ?? inputText(field, value));
  const step = kind === 'rate' ? 0.5 : span / 200;
  const hint = FIELD_HINTS[field];
  const describedBy = [error ? `${id}-error` : null, `${id}-source`, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={`calc-input${error ? ' invalid' : ''}`} data-field={field}>
      <div className="calc-input-head">
        <label htmlFor={`${id}-number`}>{label}</label>
        <span
          id={`${id}-source`}
          className={`calc-source ${provenance.kind}`}
          title={provenance.kind === 'data' && dataBasis ? dataBasis : undefined}
        >
          {provenanceText(provenance)}
        </span>
      </div>
      <div className="calc-input-controls">
        <div className="calc-number">
          {kind === 'money' && (
            <span className="affix" aria-hidden="true">
              {currencySymbol(currency)}
            </span>
          )}
          <input
            id={`${id}-number`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={shown}
            placeholder={provenance.kind === 'empty' ? 'enter yours' : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={onType}
            onBlur={() => {
              if (!error) setDraft(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setDraft(null);
                setError(null);
              }
            }}
          />
          {kind === 'rate' && (
            <span className="affix" aria-hidden="true">
              %
            </span>
          )}
        </div>
        <input
          type="range"
          className="calc-slider"
          aria-label={`${label} slider`}
          aria-valuetext={fieldValue(field, value, currency)}
          min={0}
          max={kind === 'rate' ? 100 : span}
          step={step}
          value={kind === 'rate' ? value * 100 : value}
          onChange={onSlide}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="calc-error" role="alert">
          {error}
        </p>
      )}
      <div className="calc-input-foot">
        {hint && (
          <p id={`${id}-hint`} className="muted small calc-hint">
            {hint}
          </p>
        )}
        {overridden && (
          <button
            type="button"
            className="link small"
            onClick={() => {
              setDraft(null);
              setError(null);
              onReset();
            }}
            aria-label={`Reset ${label} to ${resetTarget}`}
          >
            Reset to {resetTarget}
          </button>
        )}
      </div>
    </div>
  );
}
