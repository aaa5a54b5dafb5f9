import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCalendar, parseAsOf } from './calendar.mjs';
import { flushAll, openCsv } from './csv-writer.mjs';
import { DEAL_HEADERS, makeDeals } from './deals.mjs';
import { LEAD_HEADERS, makeLeads } from './leads.mjs';
import { makeRandom } from './random.mjs';

export const DEFAULTS = Object.freeze({
  leads: 3000,
  seed: 20261031,
  out: dirname(dirname(fileURLToPath(import.meta.url))),
  asOf: '2026-10-31',
});

const newStats = () => ({
  leads: 0,
  followedUp: 0,
  neverFollowedUp: 0,
  followedUpWithoutFirstCall: 0,
  firstCallBeforeCreated: 0,
  qualified: 0,
  converted: 0,
  blankSource: 0,
  deals: 0,
  dealsByLeadId: 0,
  dealsByEmail: 0,
  dealsByCompany: 0,
  dealsUnmatched: 0,
  won: 0,
  lost: 0,
  open: 0,
  wonAmount: 0,
});

/**
 * Write leads.csv and deals.csv into `out`.
 * @param {{leads?: number, seed?: number, out?: string, asOf?: string, quiet?: boolean}} [options]
 * @returns {Promise<{leads: {path: string, rows: number, bytes: number}, deals: {path: string, rows: number, bytes: number}, ms: number, stats: Record<string, number>}>}
 */
export async function generate(options = {}) {
  const started = performance.now();
  const nLeads = Math.floor(options.leads ?? DEFAULTS.leads);
  if (!(nLeads >= 1)) throw new Error(`--leads must be a positive number, got ${options.leads}`);
  const seed = Number(options.seed ?? DEFAULTS.seed) >>> 0;
  const out = resolve(options.out ?? DEFAULTS.out);
  const asOfDay = parseAsOf(options.asOf ?? DEFAULTS.asOf);

  mkdirSync(out, { recursive: true });
  const leadsFile = openCsv(join(out, 'leads.csv'), LEAD_HEADERS);
  const dealsFile = openCsv(join(out, 'deals.csv'), DEAL_HEADERS);
  const stats = newStats();

  // One random stream for everything, drawn in a fixed order: that order is the output.
  const R = makeRandom(seed);
  const day = makeCalendar();
  const lead = makeLeads({ R, day, asOfDay, nLeads, seed, stats });
  const dealOf = makeDeals({ R, day, asOfDay, nLeads, stats, file: dealsFile });

  for (let i = 0; i < nLeads; i++) {
    const l = lead(i);
    leadsFile.add(l.row);
    if (l.converted) dealOf(l);
    if (leadsFile.full || dealsFile.full) await flushAll([leadsFile, dealsFile], false);
  }
  await flushAll([leadsFile, dealsFile], true);
  const [leadBytes, dealBytes] = await Promise.all([leadsFile.close(), dealsFile.close()]);

  const result = {
    leads: { path: leadsFile.path, rows: stats.leads, bytes: leadBytes },
    deals: { path: dealsFile.path, rows: stats.deals, bytes: dealBytes },
    ms: Math.round(performance.now() - started),
    stats: { ...stats, wonAmount: Math.round(stats.wonAmount * 100) / 100 },
  };
  if (!options.quiet) {
    const mb = (b) => (b / 1048576).toFixed(1);
    console.log(
      `wrote ${result.leads.path}: ${result.leads.rows} rows, ${result.leads.bytes} bytes (${mb(result.leads.bytes)} MB)`,
    );
    console.log(
      `wrote ${result.deals.path}: ${result.deals.rows} rows, ${result.deals.bytes} bytes (${mb(result.deals.bytes)} MB)`,
    );
    console.log(`in ${result.ms} ms (seed ${seed}, as-of ${options.asOf ?? DEFAULTS.asOf})`);
  }
  return result;
}
