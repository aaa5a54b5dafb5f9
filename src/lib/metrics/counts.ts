/**
 * Dataset counts (grain: rows of the canonical tables). `deals` counts every loaded deal;
 * `dealsMatched` those linked to a lead.
 */
import type { Db } from '../db';
import type { MetricContext } from './context';
import { leadFacts } from './lead-facts';
import { int, only, type Query } from './query';

export interface DatasetCounts {
  leads: number;
  deals: number;
  dealsMatched: number;
}

export async function datasetCounts(db: Db): Promise<DatasetCounts> {
  const [row] = await db.query<{ leads: number; deals: number; matched: number }>(`SELECT
      (SELECT count(*) FROM leads) AS leads,
      (SELECT count(*) FROM deals) AS deals,
      (SELECT count(*) FROM deal_matches) AS matched`);
  return { leads: row?.leads ?? 0, deals: row?.deals ?? 0, dealsMatched: row?.matched ?? 0 };
}

/** What the current filters keep (grain: filtered leads; deals in scope, see lead-facts.ts). */
export function viewCountsQuery(ctx: MetricContext): Query<{ leads: number; deals: number }> {
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT (SELECT count(*) FROM filtered_leads) AS leads,
      (SELECT count(*) FROM scoped_deals) AS deals`,
    parse: (rows) => ({ leads: int(only(rows)['leads']), deals: int(only(rows)['deals']) }),
  };
}
