/** The `leadgap-metrics.json` document of DESIGN.md's test contract (keys are added, never renamed). */
import type { Db } from '../db';
import { latestDate } from './as-of';
import { datasetCounts } from './counts';

export const METRICS_SCHEMA = 'leadgap.metrics/1';

export interface MetricsDocument {
  schema: typeof METRICS_SCHEMA;
  asOf: string | null;
  slaHours: number;
  filters: Record<string, unknown>;
  counts: {
    leads: number;
    deals: number;
    dealsMatched: number;
    rejectedRows: { leads: number; deals: number };
  };
}

export async function metricsDocument(
  db: Db,
  rejectedRows: { leads: number; deals: number },
  settings: { slaHours: number } = { slaHours: 48 },
): Promise<MetricsDocument> {
  const counts = await datasetCounts(db);
  return {
    schema: METRICS_SCHEMA,
    asOf: await latestDate(db),
    slaHours: settings.slaHours,
    filters: {},
    counts: { ...counts, rejectedRows },
  };
}
