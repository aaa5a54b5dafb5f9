/**
 * Lead facts computed once per context (grain: one row per filtered lead, as lead-facts.ts): every
 * view runs several queries over the same filtered leads, and recomputing the deal joins and flags for
 * each one dominated the time at 1M leads. The tables are temporary and replaced on the next context.
 */
import type { Db } from '../db';
import type { MetricContext } from './context';
import { leadFacts } from './lead-facts';

let generation = 0;

export async function materializeFacts(db: Db, ctx: MetricContext): Promise<MetricContext> {
  const id = ++generation;
  const facts = `lead_facts_${id}`;
  const deals = `scoped_deals_${id}`;
  const plain = { ...ctx, materialized: undefined };
  await db.exec(`CREATE OR REPLACE TEMP TABLE ${facts} AS WITH ${leadFacts(plain)} SELECT * FROM lead_facts`);
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE ${deals} AS WITH ${leadFacts(plain)} SELECT * FROM scoped_deals`,
  );
  return { ...ctx, materialized: { facts, deals } };
}

/** Drops the tables of a context that is no longer current. */
export async function dropFacts(db: Db, ctx: MetricContext): Promise<void> {
  if (!ctx.materialized) return;
  await db.exec(`DROP TABLE IF EXISTS ${ctx.materialized.facts}`);
  await db.exec(`DROP TABLE IF EXISTS ${ctx.materialized.deals}`);
}
