/**
 * The link a user can choose when the known columns link few deals: which columns may be chosen,
 * what they are called in the files, and the share of deals a pair would link once applied.
 */
import type { Db } from '../db';
import type { Mapping } from './automap';
import { fieldsOf, type TableKind } from './fields';
import { dealKeys, leadKeys, linked, runnableRules, viewColumns, withFifteen, type LinkPair } from './match';
import { extraColumnName } from './schema';
import { ident } from './sql';

export interface LinkCandidates {
  deals: string[];
  leads: string[];
}

// Origin columns (_file…) and the derived outcome are not links; dates and amounts make none either.
const isCandidate = (name: string, type: string) =>
  type === 'VARCHAR' && !name.startsWith('_') && name !== 'outcome';

/** The text columns of each view that hold at least one value, mapped fields first. */
export async function linkCandidates(db: Db): Promise<LinkCandidates> {
  const filled = async (kind: TableKind) => {
    const columns = [...(await viewColumns(db, kind))].filter(([name, type]) => isCandidate(name, type));
    if (columns.length === 0) return [];
    const [row] = await db.query<Record<string, number>>(
      `SELECT ${columns.map(([name], i) => `count(${ident(name)}) AS c${i}`).join(', ')} FROM ${kind}`,
    );
    return columns.flatMap(([name], i) => ((row?.[`c${i}`] ?? 0) > 0 ? [name] : []));
  };
  return { deals: await filled('deals'), leads: await filled('leads') };
}

export interface LinkPreview {
  deals: number;
  /** Deals the pair, tried first, and the usual rules after it would link together. */
  matched: number;
}

/**
 * What applying `pair` would give, without applying it. The rules only decide which lead a deal
 * gets; whether it gets one is "any rule finds a lead", so the linked deals are those the pair finds
 * plus those the usual rules find. deal_matches already holds the latter, except for deals the
 * link applied now took first: for those the usual rules are asked again.
 */
export async function previewLink(db: Db, pair: LinkPair): Promise<LinkPreview | null> {
  const [chosen, ...usual] = await withFifteen(db, await runnableRules(db, pair));
  if (chosen?.by !== 'chosen') return null;
  const hits = (rule: typeof chosen, where?: string) =>
    `SELECT DISTINCT o._key FROM (${dealKeys(rule, where)}) o JOIN (${leadKeys(rule)}) l ON ${linked('o', 'l', rule)}`;
  const takenFirst = `_key IN (SELECT deal_key FROM deal_matches WHERE matched_by = 'chosen')`;
  const [anyTakenFirst] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM deal_matches WHERE matched_by = 'chosen'`,
  );
  const parts = [
    hits(chosen),
    `SELECT deal_key FROM deal_matches WHERE matched_by <> 'chosen'`,
    ...(anyTakenFirst?.n ? usual.map((rule) => hits(rule, takenFirst)) : []),
  ];
  const [row] = await db.query<LinkPreview>(
    `SELECT (SELECT count(*) FROM deals) AS deals, count(*) AS matched FROM (${parts.join(' UNION ')})`,
  );
  return row ?? null;
}

export interface UploadColumns {
  kind: TableKind;
  headers: readonly string[];
  mapping: Mapping;
}

/**
 * The headers each view column came from (a column shared by several files lists each header once):
 * mapped fields by their file's header, extra columns by the header they were named after.
 */
export function columnHeaders(uploads: readonly UploadColumns[]): Record<TableKind, Record<string, string>> {
  const found: Record<TableKind, Map<string, Set<string>>> = { leads: new Map(), deals: new Map() };
  const add = (kind: TableKind, column: string, header: string | undefined) => {
    if (header === undefined || header.trim() === '') return;
    const names = found[kind].get(column) ?? new Set<string>();
    found[kind].set(column, names.add(header.trim()));
  };
  for (const { kind, headers, mapping } of uploads) {
    const mapped = new Set<number>();
    for (const field of fieldsOf(kind)) {
      const index = mapping[field.name];
      if (index === undefined) continue;
      mapped.add(index);
      add(kind, field.name, headers[index]);
    }
    headers.forEach((header, i) => {
      if (!mapped.has(i)) add(kind, extraColumnName(header, i), header);
    });
  }
  const labels = (kind: TableKind) =>
    Object.fromEntries([...found[kind]].map(([column, names]) => [column, [...names].join(' / ')]));
  return { leads: labels('leads'), deals: labels('deals') };
}
