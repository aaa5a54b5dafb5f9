import {
  CALCULATOR_FIELDS,
  FIELD_LABELS,
  shownOutputs,
  type CalculatorOutputs,
  type ScenarioComparison,
} from '../../lib/calculator';
import { toCsv } from '../../lib/export/csv';
import { downloadText } from '../common/download';
import { count, fieldValue, money, signedMoney } from './calc-format';
import { provenanceText } from './provenance';

const OUTPUT_ROWS: { key: keyof CalculatorOutputs; label: string; kind: 'money' | 'count' }[] = [
  { key: 'retained', label: 'Retained revenue', kind: 'money' },
  { key: 'newRevenueNeeded', label: 'New revenue needed', kind: 'money' },
  { key: 'inboundRevenue', label: 'Inbound revenue', kind: 'money' },
  { key: 'nurtureRevenue', label: 'Nurture revenue', kind: 'money' },
  { key: 'gap', label: 'The GAP', kind: 'money' },
  { key: 'sqlsNeeded', label: 'SQLs needed to close it', kind: 'count' },
  { key: 'leadsNeeded', label: 'Leads needed to close it', kind: 'count' },
  { key: 'revenueLostToNoFollowUp', label: 'Revenue lost to no follow-up', kind: 'money' },
];

/** Every scenario's inputs and results in columns: the side-by-side the cards summarise. */
export function ScenarioTable({
  comparisons,
  currency,
}: {
  comparisons: readonly ScenarioComparison[];
  currency: string;
}) {
  const outputText = (kind: 'money' | 'count', value: number | null) =>
    value === null ? 'cannot be closed' : kind === 'money' ? money(value, currency) : count(Math.ceil(value));
  return (
    <section className="card calc-table" aria-labelledby="calc-table-title">
      <div className="row-actions" style={{ justifyContent: 'space-between' }}>
        <h3 id="calc-table-title">All scenarios side by side</h3>
        <button
          data-testid="download-scenarios"
          type="button"
          className="small"
          onClick={() => downloadText('leadgap-scenarios.csv', scenariosCsv(comparisons), 'text/csv')}
        >
          Download CSV
        </button>
      </div>
      <div className="table-wrap">
        <table data-testid="scenario-table">
          <caption className="visually-hidden">Inputs and results of every scenario</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {comparisons.map(({ scenario }) => (
                <th key={scenario.id} scope="col" className="num">
                  {scenario.name}
                  {scenario.baseline ? ' (baseline)' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CALCULATOR_FIELDS.map((field) => (
              <tr key={field}>
                <th scope="row">{FIELD_LABELS[field]}</th>
                {comparisons.map(({ scenario }) => (
                  <td key={scenario.id} className="num" title={provenanceText(scenario.provenance[field])}>
                    {scenario.provenance[field].kind === 'empty'
                      ? '—'
                      : fieldValue(field, scenario.inputs[field], currency)}
                    <span
                      className={`calc-source-dot ${scenario.provenance[field].kind}`}
                      aria-hidden="true"
                    />
                    <span className="visually-hidden"> ({provenanceText(scenario.provenance[field])})</span>
                  </td>
                ))}
              </tr>
            ))}
            {OUTPUT_ROWS.map((row) => (
              <tr key={row.key} className={row.key === 'gap' ? 'calc-gap-row' : undefined}>
                <th scope="row">{row.label}</th>
                {comparisons.map(({ scenario, outputs }) => {
                  const shown = shownOutputs(outputs, scenario.provenance);
                  return (
                    <td key={scenario.id} className="num">
                      {shown[row.key] === null && outputs[row.key] !== null
                        ? 'needs your inputs'
                        : outputText(row.kind, outputs[row.key])}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">GAP change vs baseline</th>
              {comparisons.map(({ scenario, gapDelta }) => (
                <td key={scenario.id} className="num">
                  {scenario.baseline ? '—' : signedMoney(gapDelta, currency)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="small muted calc-legend">
        <span className="calc-source-dot data" aria-hidden="true" /> your data{' '}
        <span className="calc-source-dot benchmark" aria-hidden="true" /> benchmark{' '}
        <span className="calc-source-dot assumption" aria-hidden="true" /> your assumption
      </p>
    </section>
  );
}

/** One row per figure, one column per scenario; raw numbers (rates as fractions), as the JSON export. */
function scenariosCsv(comparisons: readonly ScenarioComparison[]): string {
  const header = ['Figure', ...comparisons.map(({ scenario }) => scenario.name)];
  const inputs = CALCULATOR_FIELDS.map((field) => [
    FIELD_LABELS[field],
    ...comparisons.map(({ scenario }) => scenario.inputs[field]),
  ]);
  const outputs = OUTPUT_ROWS.map((row) => [
    row.label,
    ...comparisons.map(({ outputs }) => outputs[row.key]),
  ]);
  return toCsv(header, [
    ...inputs,
    ...outputs,
    ['GAP change vs baseline', ...comparisons.map((c) => c.gapDelta)],
  ]);
}
