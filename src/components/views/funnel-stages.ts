import { missingSentence, type FunnelStage as MetricStage } from '../../lib/metrics';
import type { FunnelStage as ChartStage } from '../charts';

const LABELS: Record<MetricStage['stage'], string> = {
  leads: 'Leads',
  followed_up: 'Followed up',
  qualified: 'Qualified',
  opportunity: 'Opportunity',
  won: 'Won',
};

export const stageLabel = (stage: MetricStage['stage']) => LABELS[stage];

export function chartStages(stages: readonly MetricStage[]): ChartStage[] {
  return stages.map((s) => ({
    key: s.stage,
    label: LABELS[s.stage],
    count: s.count,
    fromPrevious: s.fromPrevious,
    fromLeads: s.fromLeads,
    // A stage's count is null exactly when the data lacks what it needs: the registry's sentence.
    missing: s.stage === 'leads' ? undefined : missingSentence('funnel', s.stage),
  }));
}
