import type { DashboardViewId } from '../../lib/views';
import { FollowUpView } from './FollowUpView';
import { FunnelView } from './FunnelView';
import { OverviewView } from './OverviewView';
import { ReportView } from './ReportView';
import { RepsView } from './RepsView';
import { SourcesView } from './SourcesView';

/** The analysis views: each opens with the answer (tiles, a headline chart), then the detail. */
export function DashboardView({ view }: { view: DashboardViewId }) {
  switch (view) {
    case 'overview':
      return <OverviewView />;
    case 'funnel':
      return <FunnelView />;
    case 'follow-up':
      return <FollowUpView />;
    case 'reps':
      return <RepsView />;
    case 'sources':
      return <SourcesView />;
    case 'report':
      return <ReportView />;
  }
}
