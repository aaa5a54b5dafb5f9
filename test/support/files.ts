import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');

/** ../shared/real-data, or LEADGAP_REAL_DATA. Absent: tests skip loudly, except under CI=true. */
export const realDataDir = resolve(process.env['LEADGAP_REAL_DATA'] ?? join(repo, '../shared/real-data'));

export function realDataAvailable(): boolean {
  const present = existsSync(realDataDir);
  if (!present) {
    if (process.env['CI'] === 'true') {
      throw new Error(`Real data folder ${realDataDir} is missing; under CI=true it is required.`);
    }
    console.warn(`\n!!! REAL DATA MISSING: ${realDataDir} not found; real-data tests are SKIPPED.\n`);
  }
  return present;
}

export const olist = {
  leads: () => join(realDataDir, 'olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv'),
  deals: () => join(realDataDir, 'olist-marketing-funnel/olist_closed_deals_dataset.csv'),
};

export const fixture = (name: string) => join(repo, 'test/fixtures', name);
export const sample = (name: string) => join(repo, 'sample-data', name);

/** A File, as the browser hands one over, from a path on disk. */
export function fileFrom(path: string): File {
  return new File([readFileSync(path)], basename(path));
}
