import type { View } from '../../store';
import { FollowUpView } from './FollowUpView';
import { FunnelView } from './FunnelView';
import { OverviewView } from './OverviewView';
import { RepsView } from './RepsView';
import { SourcesView } from './SourcesView';

export type DashboardViewName = Exclude<View, 'data' | 'calculator'>;

/** The analysis views: each opens with the answer (tiles, a headline chart), then the detail. */
export function DashboardView({ view }: { view: DashboardViewName }) {
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
  }
}
