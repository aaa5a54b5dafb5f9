import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** Rows of a CSV as header-keyed records, parsed by papaparse (not by the app's DuckDB path). */
export function records(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

const key = (value: string | undefined) => (value ?? '').trim().toLowerCase();

/** Deals that DESIGN.md's rules can link to a lead: same lead id, else email, else company. */
export function countLinkable(
  leads: Record<string, string>[],
  deals: Record<string, string>[],
  columns: { leadId: [string, string]; email: [string, string]; company: [string, string] },
): number {
  const sets = Object.fromEntries(
    Object.entries(columns).map(([name, [leadColumn]]) => [
      name,
      new Set(leads.map((lead) => key(lead[leadColumn])).filter(Boolean)),
    ]),
  );
  return deals.filter((deal) =>
    Object.entries(columns).some(([name, [, dealColumn]]) => {
      const value = key(deal[dealColumn]);
      return value !== '' && sets[name]?.has(value);
    }),
  ).length;
}
