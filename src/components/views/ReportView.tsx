import { useId } from 'react';
import { comparisonParams, type Granularity } from '../../lib/metrics';
import { useAppStore, useMetric } from '../../store';
import { formatCount, formatPercent } from '../common/format';
import { useInteractive } from '../common/interactive';
import { DataTable } from '../table';
import { change } from './comparison-words';
import { PeriodComparison } from './PeriodComparison';
import { RedirectList } from './RedirectList';
import { ReportNotes } from './ReportNotes';
import { ViewRoot } from './ViewRoot';

/**
 * The lead follow-up report ("what have you done for me lately"), built to print on one page and to
 * send: the period against the last, the reps ranked by follow-up with their change, what waits for a
 * first follow-up (counts by owner and age; the list itself only live, since rows never leave), and
 * the lead definition it used.
 */
export function ReportView() {
  const choice = useAppStore((s) => s.comparison);
  const definition = useAppStore((s) => s.definition);
  const interactive = useInteractive();
  const params = comparisonParams(choice) as [Granularity];
  const owners = useMetric('comparisonBy', 'owner', ...params);
  const followUp = useMetric('followUp');
  const byOwner = useMetric('byOwner');
  const id = useId();
  // The report keeps to the owners the filters chose (the metric keeps every owner comparable).
  const chosen = useAppStore((s) => s.filters.dimensions?.['owner']);
  const ranked = [...(owners.data ?? [])]
    .filter((row) => row.current.leads > 0 && (!chosen?.length || chosen.includes(row.value)))
    .sort(
      (a, b) =>
        (b.current.followUpRate ?? -1) - (a.current.followUpRate ?? -1) || a.value.localeCompare(b.value),
    )
    .map((row) => ({
      owner: row.value,
      leads: row.current.leads,
      followUpRate: row.current.followUpRate,
      change: change('rate', true, row.current.followUpRate, row.previous.followUpRate).text,
      previousLeads: row.previous.leads,
      previousRate: row.previous.followUpRate,
    }));
  const waiting = (byOwner.data ?? [])
    .map((row) => ({
      owner: row.owner,
      untouched: row.followedUp === null ? null : row.leads - row.followedUp,
    }))
    .filter((row) => (row.untouched ?? 0) > 0)
    .sort((a, b) => (b.untouched ?? 0) - (a.untouched ?? 0));
  const ages = followUp.data?.untouchedByAge ?? null;
  const loading = [owners, followUp, byOwner].some((q) => q.loading);
  return (
    <ViewRoot name="report" loading={loading}>
      <div className="report-view">
        {interactive && (
          <div className="row-actions report-actions">
            <button type="button" onClick={() => window.print()} data-testid="print-report">
              Print the report
            </button>
          </div>
        )}
        <PeriodComparison />
        <ReportNotes />
        {owners.data !== null && (
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
          <h2 id={`${id}-waiting`}>
            Waiting for a first follow-up: {formatCount(followUp.data?.neverFollowedUp ?? 0)} leads
          </h2>
          <div className="report-columns">
            {waiting.length > 0 && (
              <DataTable
                caption="By owner"
                rows={waiting}
                columns={[
                  { key: 'owner', label: 'Owner' },
                  { key: 'untouched', label: 'Untouched', numeric: true, format: formatCount },
                ]}
              />
            )}
            {ages && (
              <DataTable
                caption="By age"
                rows={ages}
                columns={[
                  { key: 'bucket', label: 'Age' },
                  { key: 'count', label: 'Untouched', numeric: true, format: formatCount },
                ]}
              />
            )}
          </div>
        </section>
        {interactive && (
          <div className="report-redirect">
            <RedirectList />
          </div>
        )}
        <section className="card small" aria-labelledby={`${id}-definition`}>
          <h2 id={`${id}-definition`}>The lead definition this report used</h2>
          <p>
            SLA: first follow-up within {definition.slaHours} h. As of:{' '}
            {definition.asOf ?? 'the latest date in the data'}. Untouched statuses:{' '}
            {definition.untouchedStatuses.map((s) => s || '(blank)').join(', ')}. Qualified statuses:{' '}
            {definition.qualifiedStatuses.join(', ')}.
          </p>
        </section>
      </div>
    </ViewRoot>
  );
}
