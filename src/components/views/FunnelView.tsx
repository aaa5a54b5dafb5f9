import { useState } from 'react';
import type { FunnelSegment } from '../../lib/metrics';
import { useAppStore, useClickAhead, useMetric } from '../../store';
import { ChartFrame, FunnelChart } from '../charts';
import { formatCount, formatPercent } from '../common/format';
import { useInteractive } from '../common/interactive';
import { DataTable } from '../table';
import { chartStages, stageLabel } from './funnel-stages';
import { useRevenueLinks, withoutRevenue } from './revenue-linked';
import { ViewRoot } from './ViewRoot';

type SegmentBy = 'source' | 'owner';

/** Leads → followed up → qualified → opportunity → won, then the same by source or by owner. */
export function FunnelView() {
  const [by, setBy] = useState<SegmentBy>('source');
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  const interactive = useInteractive();
  const funnel = useMetric('funnel');
  const segments = useMetric('segmentedFunnel', by);
  // A row's click filters by its segment; the rest ("other") is not a value to filter by.
  useClickAhead(
    by,
    segments.data?.filter((segment) => !segment.other).map((segment) => segment.segment),
  );
  const links = useRevenueLinks();
  const unlinked = links.unlinked;
  const stages = funnel.data ?? [];
  const followed = stages.find((s) => s.stage === 'followed_up');
  const won = stages.find((s) => s.stage === 'won');
  const title =
    followed?.fromLeads != null
      ? `${formatPercent(1 - followed.fromLeads)} of leads drop out before anyone follows them up`
      : won?.fromLeads != null && !unlinked
        ? `${formatPercent(won.fromLeads)} of leads end in a won deal`
        : 'The lead funnel';
  const rows = (segments.data ?? []).map((segment) =>
    withoutRevenue(segmentRow(segment), unlinked !== null, ['won']),
  );
  return (
    <ViewRoot name="funnel" loading={funnel.loading || segments.loading || links.loading}>
      <ChartFrame
        title={title}
        subtitle="Each stage with its rate from the previous known stage and from all leads."
        name="funnel"
        testId="chart-funnel"
        rows={stages.map((s) => ({ ...s, label: stageLabel(s.stage) }))}
        columns={[
          { key: 'label', label: 'Stage' },
          { key: 'count', label: 'Leads', numeric: true, format: formatCount },
          { key: 'fromPrevious', label: 'From previous', numeric: true, format: formatPercent },
          { key: 'fromLeads', label: 'From leads', numeric: true, format: formatPercent },
        ]}
      >
        <FunnelChart stages={chartStages(stages)} gapStage="followed_up" gapLabel="Never followed up" />
      </ChartFrame>
      <section className="card" aria-labelledby="segments-title">
        <div className="row-actions" style={{ justifyContent: 'space-between' }}>
          <h2 id="segments-title">The funnel by {by}</h2>
          <div className="segmented" role="group" aria-label="Segment the funnel by">
            {(['source', 'owner'] as const).map((option) => (
              <button key={option} type="button" aria-pressed={by === option} onClick={() => setBy(option)}>
                By {option}
              </button>
            ))}
          </div>
        </div>
        {segments.data === null ? (
          <p className="muted">Your leads have no {by} column.</p>
        ) : (
          <DataTable
            rows={rows}
            caption={`The funnel by ${by}`}
            fileName={`funnel-by-${by}`}
            columns={[
              { key: 'segment', label: by === 'source' ? 'Source' : 'Owner' },
              { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
              { key: 'followedUp', label: 'Followed up', numeric: true, format: formatPercent },
              { key: 'qualified', label: 'Qualified', numeric: true, format: formatPercent },
              { key: 'opportunity', label: 'Opportunity', numeric: true, format: formatPercent },
              { key: 'won', label: 'Won', numeric: true, format: formatPercent },
            ]}
            onRowClick={(row) => !row.other && toggleFilter(by, row.segment)}
          />
        )}
        <p className="muted small">
          Rates are from leads. {unlinked ? `${unlinked} ` : ''}
          {interactive && 'Click a row to filter every view by it.'}
        </p>
      </section>
    </ViewRoot>
  );
}

function segmentRow(segment: FunnelSegment) {
  const fromLeads = (stage: string) => segment.stages.find((s) => s.stage === stage)?.fromLeads ?? null;
  return {
    segment: segment.segment,
    other: segment.other,
    leads: segment.stages.find((s) => s.stage === 'leads')?.count ?? 0,
    followedUp: fromLeads('followed_up'),
    qualified: fromLeads('qualified'),
    opportunity: fromLeads('opportunity'),
    won: fromLeads('won'),
  };
}
