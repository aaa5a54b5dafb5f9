import {
  PERIOD_WORDS,
  PREFILL_FIELDS,
  defaultInputs,
  defaultProvenance,
  type CalculatorField,
  type CalculatorPeriod,
  type CalculatorPrefill,
  type Scenario,
} from '../../lib/calculator';
import { CALC_INPUTS_ID } from '../common/focus-moves';
import { fieldValue } from './calc-format';
import { InputRow } from './InputRow';

const GROUPS: { title: string; fields: CalculatorField[] }[] = [
  { title: 'Revenue needed', fields: ['revenueGoal', 'priorRevenue', 'retentionRate'] },
  {
    title: 'Inbound',
    fields: ['inboundLeads', 'followUpRate', 'leadToSqlRate', 'sqlCloseRate', 'averageDeal'],
  },
  { title: 'Nurturing', fields: ['nurturedShare', 'nurtureToSqlRate'] },
];

interface Props {
  scenario: Scenario;
  scenarios: readonly Scenario[];
  overridden: readonly CalculatorField[];
  currency: string;
  period: CalculatorPeriod;
  dataBasis: string | null;
  prefill: CalculatorPrefill | undefined;
  onSelect: (id: string) => void;
  onChange: (field: CalculatorField, value: number) => void;
  onReset: (field: CalculatorField) => void;
}

/** What Reset goes back to, in words. */
function resetTarget(
  field: CalculatorField,
  prefill: CalculatorPrefill | undefined,
  currency: string,
): string {
  const fromData = (PREFILL_FIELDS as readonly string[]).includes(field)
    ? prefill?.[field as (typeof PREFILL_FIELDS)[number]]
    : null;
  if (typeof fromData === 'number' && Number.isFinite(fromData)) {
    return `your data (${fieldValue(field, fromData, currency)})`;
  }
  const value = fieldValue(field, defaultInputs()[field], currency);
  return defaultProvenance()[field].kind === 'benchmark'
    ? `the benchmark (${value})`
    : `the default (${value})`;
}

export function InputsPanel({
  scenario,
  scenarios,
  overridden,
  currency,
  period,
  dataBasis,
  prefill,
  onSelect,
  onChange,
  onReset,
}: Props) {
  return (
    <section
      className="card calc-inputs"
      aria-labelledby="calc-inputs-title"
      id={CALC_INPUTS_ID}
      tabIndex={-1}
    >
      <div className="calc-section-head">
        <h3 id="calc-inputs-title">Inputs, per {PERIOD_WORDS[period].replace(/^an? /, '')}</h3>
        {scenarios.length > 1 && (
          <label className="calc-inline-field">
            <span>Scenario</span>
            <select value={scenario.id} onChange={(e) => onSelect(e.target.value)}>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.baseline ? ' (baseline)' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="muted small">
        Type a figure or drag its slider: the GAP and charts follow. Each input says where it came from.
      </p>
      {GROUPS.map((group) => (
        <fieldset key={group.title} className="calc-group">
          <legend>{group.title}</legend>
          {group.fields.map((field) => (
            <InputRow
              key={`${scenario.id}:${field}`}
              field={field}
              inputs={scenario.inputs}
              provenance={scenario.provenance[field]}
              overridden={overridden.includes(field)}
              currency={currency}
              dataBasis={dataBasis}
              resetTarget={resetTarget(field, prefill, currency)}
              onChange={(value) => onChange(field, value)}
              onReset={() => onReset(field)}
            />
          ))}
        </fieldset>
      ))}
    </section>
  );
}
