import type { FunnelStage as MetricStage } from '../../lib/metrics';
import type { FunnelStage as ChartStage } from '../charts';

const LABELS: Record<MetricStage['stage'], string> = {
  leads: 'Leads',
  followed_up: 'Followed up',
  qualified: 'Qualified',
  opportunity: 'Opportunity',
  won: 'Won',
};

const MISSING: Partial<Record<MetricStage['stage'], string>> = {
  followed_up: 'a first-touch, last-activity, touches or status column',
  qualified: 'a qualified date, a status or a converted column',
  opportunity: 'a converted column or date',
  won: 'a deals file',
};

export const stageLabel = (stage: MetricStage['stage']) => LABELS[stage];

export function chartStages(stages: readonly MetricStage[]): ChartStage[] {
  return stages.map((s) => ({
    key: s.stage,
    label: LABELS[s.stage],
    count: s.count,
    fromPrevious: s.fromPrevious,
    fromLeads: s.fromLeads,
    missing: MISSING[s.stage],
  }));
}
