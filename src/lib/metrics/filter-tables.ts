/**
 * How the engine (engine.ts) makes the tables of one state of the facts that filters read, each
 * once, after `quiet` (dimension-codes.ts keeps them and drops them with the facts): the deals'
 * lead dimensions (scoped-deals.ts) and a dimension's cube (summary-cube.ts), which reads them.
 */
import type { Db } from '../db';
import type { Facts } from './engine-state';
import { buildDealDimensions } from './scoped-deals';
import { buildSummaryCube, dropCube } from './summary-cube';

/** Makes the deals' lead dimensions of these facts. */
export function dealDimensionsBuild(db: Db, facts: Facts): () => Promise<string | null> {
  return async () => {
    const { base, columns } = await facts.prepared;
    return base.materialized ? buildDealDimensions(db, base, base.materialized, [...columns]) : null;
  };
}

/** Starts the cube of a dimension over these facts; resolves when made or given up. */
export function prepareCube(
  db: Db,
  facts: Facts,
  dimension: string,
  quiet: () => Promise<void>,
): Promise<string | null> {
  const build = async () => {
    const { base } = await facts.prepared;
    const deals = await facts.codes.prepareDeals(dealDimensionsBuild(db, facts), quiet);
    if (!deals || !base.materialized) return null;
    return buildSummaryCube(db, base, base.materialized, deals, dimension);
  };
  return facts.codes.prepareCube(dimension, build, quiet, (cube) => dropCube(db, cube));
}
