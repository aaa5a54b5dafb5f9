import { dealMatchSummary, useQuery } from '../../store';
import { formatCount, formatMoney, formatPercent } from '../common/format';

/** How many deals found their lead, and how: the share of deals matched is always shown. */
export function MatchSummary({ hasLeads, hasDeals }: { hasLeads: boolean; hasDeals: boolean }) {
  const { data } = useQuery(() => (hasDeals ? dealMatchSummary() : Promise.resolve(undefined)), [hasDeals]);
  if (!hasDeals || !data) return null;
  if (!hasLeads) {
    return (
      <section className="card notice">
        <h2>Deals loaded without leads</h2>
        <p>Add your lead export to link these {formatCount(data.deals)} deals to the leads they came from.</p>
      </section>
    );
  }
  const unmatched = data.deals - data.matched;
  return (
    <section className="card" aria-labelledby="match-title" data-testid="match-summary">
      <h2 id="match-title">
        {formatPercent(data.deals > 0 ? data.matched / data.deals : 0)} of deals were linked to a lead
      </h2>
      <div className="tiles">
        <Tile figure={formatCount(data.matched)} label={`of ${formatCount(data.deals)} deals matched`} />
        <Tile figure={formatCount(data.byLeadId)} label="by lead ID" />
        <Tile figure={formatCount(data.byEmail)} label="by email" />
        <Tile figure={formatCount(data.byCompany)} label="by company" />
        <Tile
          figure={formatCount(unmatched)}
          label={
            unmatched === 0
              ? 'unmatched deals'
              : `unmatched deals${data.unmatchedAmount != null ? `, ${formatMoney(data.unmatchedAmount)} in all` : ''}`
          }
        />
      </div>
      {unmatched > 0 && (
        <p className="muted small">
          Unmatched deals have no lead ID, email or company that appears in the lead file: they count as deals
          but not in lead figures.
        </p>
      )}
    </section>
  );
}

function Tile({ figure, label }: { figure: string; label: string }) {
  return (
    <div className="tile">
      <div className="figure num">{figure}</div>
      <div className="label">{label}</div>
    </div>
  );
}
