import { useDealsCurrency, useLostReasons, useUnmatchedDeals } from '../../store';
import { formatCount, formatMoney } from '../common/format';
import { DataTable } from '../table';

/** Deals that found no lead, and why deals were lost, where the data has them. */
export function DealLists() {
  // Each list in its deals' currency; deals in several currencies are never totalled (no symbol then).
  const currency = useDealsCurrency('inScope');
  const unmatchedCurrency = useDealsCurrency('unmatched');
  const unmatched = useUnmatchedDeals().data;
  const lostRows = useLostReasons().data;
  const lost = currency === null ? lostRows?.map((row) => ({ ...row, amount: null })) : lostRows;
  const amountOf = (code: string | null) => (v: number) => (code ? formatMoney(v, code) : formatCount(v));
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
              {
                key: 'amount',
                label: 'Amount',
                numeric: true,
                format: amountOf(currency),
                ...(currency === null && { empty: 'in several currencies' }),
              },
            ]}
          />
        </section>
      )}
      {unmatched && unmatched.count > 0 && (
        <section className="card" aria-labelledby="unmatched-title">
          <h2 id="unmatched-title">{formatCount(unmatched.count)} deals found no lead</h2>
          <p className="muted small">
            No lead ID, email or company of these deals appears in the lead file
            {unmatched.totalAmount == null
              ? ''
              : unmatchedCurrency
                ? `; ${formatMoney(unmatched.totalAmount, unmatchedCurrency)} in all`
                : '; their amounts are in several currencies'}
            .
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
              { key: 'amount', label: 'Amount', numeric: true, format: amountOf(unmatchedCurrency) },
            ]}
          />
        </section>
      )}
    </div>
  );
}
