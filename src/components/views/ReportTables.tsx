import { useId } from 'react';
import type { LeadDefinition } from '../../lib/metrics/context';
import type { ReportFigures } from '../../lib/share';
import { formatCount, formatPercent } from '../common/format';
import { DataTable } from '../table';
import { change } from './comparison-words';

type Props = Pick<ReportFigures, 'waiting' | 'waitingByOwner' | 'waitingByAge'> & {
  /** null: the data has no owners (or no created dates) to rank. */
  reps: ReportFigures['reps'] | null;
};

/**
 * The report's reps ranked by follow-up with their change, and what waits for a first follow-up by
 * owner and by age: the same tables live (ReportView) and from a link (LinkLanding).
 */
export function ReportTables({ reps, waiting, waitingByOwner, waitingByAge }: Props) {
  const id = useId();
  const ranked = reps?.map((r) => ({
    ...r,
    change: change('rate', true, r.followUpRate, r.previousRate).text,
  }));
  return (
    <>
      {ranked && (
        <section className="card" aria-labelledby={`${id}-reps`} data-testid="report-reps">
          <h2 id={`${id}-reps`}>Reps by follow-up this period</h2>
          <DataTable
            caption="Reps ranked by follow-up this period, with the change since the previous period"
            rows={ranked}
            columns={[
              { key: 'owner', label: 'Owner' },
              { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
              { key: 'followUpRate', label: 'Followed up', numeric: true, format: formatPercent },
              { key: 'change', label: 'Change' },
              { key: 'previousLeads', label: 'Leads before', numeric: true, format: formatCount },
              { key: 'previousRate', label: 'Followed up before', numeric: true, format: formatPercent },
            ]}
          />
        </section>
      )}
      <section className="card" aria-labelledby={`${id}-waiting`} data-testid="report-waiting">
        <h2 id={`${id}-waiting`}>Waiting for a first follow-up: {formatCount(waiting ?? 0)} leads</h2>
        <div className="report-columns">
          {waitingByOwner.length > 0 && (
            <DataTable
              caption="By owner"
              rows={waitingByOwner}
              columns={[
                { key: 'owner', label: 'Owner' },
                { key: 'untouched', label: 'Untouched', numeric: true, format: formatCount },
              ]}
            />
          )}
          {waitingByAge && (
            <DataTable
              caption="By age"
              rows={waitingByAge}
              columns={[
                { key: 'bucket', label: 'Age' },
                { key: 'count', label: 'Untouched', numeric: true, format: formatCount },
              ]}
            />
          )}
        </div>
      </section>
    </>
  );
}

/** The lead definition a report used, in words. */
export function ReportDefinition({ definition }: { definition: LeadDefinition }) {
  const id = useId();
  return (
    <section className="card small" aria-labelledby={`${id}-definition`}>
      <h2 id={`${id}-definition`}>The lead definition this report used</h2>
      <p>
        SLA: first follow-up within {definition.slaHours} h. As of:{' '}
        {definition.asOf ?? 'the latest date in the data'}. Untouched statuses:{' '}
        {definition.untouchedStatuses.map((s) => s || '(blank)').join(', ')}. Qualified statuses:{' '}
        {definition.qualifiedStatuses.join(', ')}.
      </p>
    </section>
  );
}
