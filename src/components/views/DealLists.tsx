import { useLostReasons, useMoneyCurrency, useUnmatchedDeals } from '../../store';
import { formatCount, formatMoney } from '../common/format';
import { DataTable } from '../table';

/** Deals that found no lead, and why deals were lost, where the data has them. */
export function DealLists() {
  const currency = useMoneyCurrency();
  const unmatched = useUnmatchedDeals().data;
  const lost = useLostReasons().data;
  return (
    <div className="view-grid">
      {lost && lost.length > 0 && (
        <section className="card" aria-labelledby="lost-title">
          <h2 id="lost-title">Why deals were lost</h2>
          <DataTable
            caption="Lost deals by reason"
            fileName="leadgap-lost-reasons"
            rows={lost}
            columns={[
              { key: 'reason', label: 'Reason' },
              { key: 'deals', label: 'Deals', numeric: true, format: formatCount },
              { key: 'amount', label: 'Amount', numeric: true, format: (v) => formatMoney(v, currency) },
            ]}
          />
        </section>
      )}
      {unmatched && unmatched.count > 0 && (
        <section className="card" aria-labelledby="unmatched-title">
          <h2 id="unmatched-title">{formatCount(unmatched.count)} deals found no lead</h2>
          <p className="muted small">
            No lead ID, email or company of these deals appears in the lead file
            {unmatched.totalAmount != null ? `; ${formatMoney(unmatched.totalAmount, currency)} in all` : ''}.
          </p>
          <DataTable
            caption="Deals without a matching lead"
            fileName="leadgap-unmatched-deals"
            rows={unmatched.deals}
            limit={10}
            columns={[
              { key: 'dealId', label: 'Deal', empty: '(no ID)' },
              { key: 'company', label: 'Company', empty: '—' },
              { key: 'outcome', label: 'Outcome', empty: '—' },
              { key: 'amount', label: 'Amount', numeric: true, format: (v) => formatMoney(v, currency) },
            ]}
          />
        </section>
      )}
    </div>
  );
}
