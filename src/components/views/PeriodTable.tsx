import type { Comparison } from '../../lib/metrics';
import { COMPARED, change, figureText } from './comparison-words';

/** The current period's figures against the previous period's, each change toned better or worse. */
export function PeriodTable({ comparison, currency }: { comparison: Comparison; currency: string }) {
  const { current, previous, granularity } = comparison;
  const thisLabel = `This ${granularity === 'custom' ? 'window' : granularity}`;
  return (
    // Focusable: on a phone the table scrolls sideways, and a keyboard must be able to scroll it.
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Periods compared">
      <table className="period-table stack">
        <caption className="visually-hidden">The current period against the previous one</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">
              {thisLabel}
            </th>
            <th scope="col" className="num">
              Previous
            </th>
            <th scope="col" className="num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {COMPARED.map(({ key, label, kind, higherIsBetter }) => {
            const delta = change(kind, higherIsBetter, current[key], previous[key]);
            return (
              <tr key={key} data-figure={key}>
                <th scope="row">{label}</th>
                <td className="num" data-label={thisLabel}>
                  {figureText(kind, current[key], currency)}
                </td>
                <td className="num" data-label="Previous">
                  {figureText(kind, previous[key], currency)}
                </td>
                <td className={`num change-${delta.tone}`} data-label="Change">
                  {delta.text}
                  {delta.tone === 'better' || delta.tone === 'worse' ? (
                    <span className="visually-hidden"> ({delta.tone})</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
