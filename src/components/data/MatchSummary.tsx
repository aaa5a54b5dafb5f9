import type { MatchRule, RuleReport } from '../../lib/ingest/match';
import { dataViewStays, dealLinkReport, useDealsCurrency, useQuery, type DealLinkReport } from '../../store';
import { formatCount, formatMoney, formatPercent } from '../common/format';
import { headerOf, LinkChoice } from './LinkChoice';

const RULE_NAMES: Record<MatchRule, string> = {
  chosen: 'your link',
  lead_id: 'lead ID',
  deal_id: 'deal ID on the lead',
  email: 'email',
  company_id: 'company ID',
  company: 'company name',
};

/**
 * How many deals found their lead, and how: shown whenever deals are loaded, 0% included. Below
 * half, it says so, names the columns tried and offers a link of the user's choosing.
 */
export function MatchSummary({ hasLeads, hasDeals }: { hasLeads: boolean; hasDeals: boolean }) {
  // Asked once loading is over and the Data view stays open (not when the batch lands on the Overview).
  const { data } = useQuery(
    async () => (hasDeals && (await dataViewStays()) ? dealLinkReport() : undefined),
    [hasDeals, hasLeads],
  );
  if (!hasDeals || !data) return null;
  return <Summary data={data} hasLeads={hasLeads} />;
}

/**
 * The summary of loaded deals. Its currency hook runs only here: on the empty Data view a metric
 * would compute the facts of no data on the one DuckDB worker while the first files load (issue 15).
 */
function Summary({ data, hasLeads }: { data: DealLinkReport; hasLeads: boolean }) {
  // The unmatched deals' own currency; in several, no total across them.
  const currency = useDealsCurrency('unmatched');
  const { details } = data;
  if (!hasLeads) {
    return (
      <section className="card notice">
        <h2>Deals loaded without leads</h2>
        <p>
          Add your lead export to link these {formatCount(details.deals)} deals to the leads they came from.
        </p>
      </section>
    );
  }
  const share = details.deals > 0 ? details.matched / details.deals : 0;
  const low = share < 0.5;
  const unmatched = details.deals - details.matched;
  const byRule = details.rules.filter((r) => r.by !== 'chosen' || details.chosen);
  return (
    <section className="card" aria-labelledby="match-title" data-testid="match-summary">
      <h2 id="match-title">{formatPercent(share)} of deals were linked to a lead</h2>
      {low && (
        <div className="link-alert" data-testid="match-warning">
          <p>
            <strong>Fewer than half of your deals are linked to a lead.</strong> Revenue, wins and lead-to-win
            count linked deals only, so they read low (as $0 when none is linked). Choose the columns that
            link them below.
          </p>
        </div>
      )}
      <div className="tiles">
        <Tile
          figure={formatCount(details.matched)}
          label={`of ${formatCount(details.deals)} deals matched`}
        />
        {byRule.map((rule) => (
          <Tile key={rule.by} figure={formatCount(rule.matched)} label={`by ${RULE_NAMES[rule.by]}`} />
        ))}
        <Tile
          figure={formatCount(unmatched)}
          label={
            unmatched === 0
              ? 'unmatched deals'
              : `unmatched deals${details.unmatchedAmount != null && currency ? `, ${formatMoney(details.unmatchedAmount, currency)} in all` : ''}`
          }
        />
      </div>
      <div className="link-tried" data-testid="match-tried">
        <strong>Tried, in this order:</strong>
        <ul>
          {byRule.map((rule) => (
            <li key={rule.by}>
              <Tried rule={rule} data={data} />
            </li>
          ))}
        </ul>
      </div>
      {unmatched > 0 && !low && (
        <p className="muted small">
          Unmatched deals have no value in these columns that appears in the lead file: they count as deals
          but not in lead figures.
        </p>
      )}
      {low || details.chosen ? (
        <LinkChoice report={data} />
      ) : (
        <details className="link-more">
          <summary>Link deals to leads by other columns</summary>
          <LinkChoice report={data} />
        </details>
      )}
    </section>
  );
}

/** One rule in plain words: its columns in the files' own headers, or which file lacks them. */
function Tried({ rule, data }: { rule: RuleReport; data: DealLinkReport }) {
  const name = RULE_NAMES[rule.by];
  if (!rule.dealsHas && !rule.leadsHas) return <>{name}: not in either file</>;
  if (rule.by === 'chosen' && !(rule.dealsHas && rule.leadsHas)) return <>{name}: not in the loaded files</>;
  if (!rule.dealsHas) {
    return (
      <>
        {name}: the leads’ “{headerOf(data, 'leads', rule.leads)}”, but no deals column is mapped to it
      </>
    );
  }
  if (!rule.leadsHas) {
    return (
      <>
        {name}: the deals’ “{headerOf(data, 'deals', rule.deals)}”, but no leads column is mapped to it
      </>
    );
  }
  return (
    <>
      {name}: the deals’ “{headerOf(data, 'deals', rule.deals)}” against the leads’ “
      {headerOf(data, 'leads', rule.leads)}”, {formatCount(rule.matched)} linked
    </>
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
