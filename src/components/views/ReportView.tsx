import { comparisonParams, type Granularity } from '../../lib/metrics';
import { useAppStore, useMetric } from '../../store';
import { rankReps, waitingByOwner } from '../../lib/share';
import { useInteractive } from '../common/interactive';
import { PeriodComparison } from './PeriodComparison';
import { RedirectList } from './RedirectList';
import { ReportNotes } from './ReportNotes';
import { ReportDefinition, ReportTables } from './ReportTables';
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
  // The report keeps to the owners the filters chose (the metric keeps every owner comparable).
  const chosen = useAppStore((s) => s.filters.dimensions?.['owner']);
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
        <ReportTables
          reps={owners.data === null ? null : rankReps(owners.data ?? null, chosen)}
          waiting={followUp.data?.neverFollowedUp ?? null}
          waitingByOwner={waitingByOwner(byOwner.data ?? null)}
          waitingByAge={followUp.data?.untouchedByAge ?? null}
        />
        {interactive && (
          <div className="report-redirect">
            <RedirectList />
          </div>
        )}
        <ReportDefinition definition={definition} />
      </div>
    </ViewRoot>
  );
}
