/**
 * Dataset counts (grain: rows of the canonical tables). `deals` counts every loaded deal;
 * `dealsMatched` those linked to a lead.
 */
import type { Db } from '../db';

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
