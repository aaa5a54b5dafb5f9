import { METRICS } from '../../lib/metrics';
import { redirectCsvFile, useRedirectList } from '../../store';
import { downloadText } from '../common/download';
import { formatCount } from '../common/format';
import { DataTable } from '../table';

const SHOWN = 200;

/** The action list: leads nobody touched within the SLA, each with a rep who has room to take it. */
export function RedirectList() {
  const { data } = useRedirectList(SHOWN);
  if (data === undefined) return null;
  if (data === null) {
    return (
      <section className="card">
        <h2>Redirect these</h2>
        <p className="muted">{METRICS.redirectLeads.missing}</p>
      </section>
    );
  }
  const download = async () => {
    const csv = await redirectCsvFile();
    if (csv) downloadText('leadgap-redirect-leads.csv', csv, 'text/csv');
  };
  const best = data.candidates.map((c) => c.owner).join(', ');
  return (
    <section className="card" aria-labelledby="redirect-title" data-testid="redirect-list">
      <h2 id="redirect-title">Redirect these: {formatCount(data.total)} untouched leads are past the SLA</h2>
      <p className="muted small">
        Suggested owners take turns among the reps who follow up best and have room{best ? ` (${best})` : ''}.
        The download has every lead, with lead ID, current owner and suggested owner, ready for a CRM import.
      </p>
      <div className="row-actions" style={{ marginBottom: '0.5rem' }}>
        <button type="button" onClick={() => void download()} disabled={data.total === 0}>
          Download all {formatCount(data.total)} as CSV
        </button>
      </div>
      <DataTable
        caption="Untouched leads past the SLA"
        rows={data.rows}
        limit={20}
        columns={[
          { key: 'leadId', label: 'Lead ID', empty: '(no ID)' },
          { key: 'owner', label: 'Current owner', empty: '(none)' },
          { key: 'createdAt', label: 'Created' },
          { key: 'ageDays', label: 'Age (days)', numeric: true, format: (v) => formatCount(v) },
          { key: 'suggestedOwner', label: 'Suggested owner', empty: '—' },
        ]}
      />
      {data.total > data.rows.length && (
        <p className="muted small">
          The table lists the newest {formatCount(data.rows.length)}, the likeliest still to convert; the CSV
          has all.
        </p>
      )}
    </section>
  );
}
