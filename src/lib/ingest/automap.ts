import { fieldsOf, type TableKind } from './fields';
import { splitQualifier } from './header-qualifier';
import { headerKey } from './headers';

/** Field name → index of the uploaded column mapped to it (absent: not in this file). */
export type Mapping = Partial<Record<string, number>>;

/** Case-, space- and punctuation-insensitive header key: "Lead Owner" and "lead_owner" → "leadowner". */
export const normaliseHeader = headerKey;

/** A header that names a field: `rank` is the synonym's preference, `order` the field's in the model. */
export interface HeaderCandidate {
  field: string;
  column: number;
  rank: number;
  order: number;
}

/** Past every synonym's rank: a header matched without its qualifier comes after those as written. */
const QUALIFIED_RANK = 1_000;

/**
 * Every (field, column) pair whose header is one of the field's synonyms, best-ranked first; then
 * the pairs whose header is one without its qualifier ("Amount (USD)" is an Amount).
 */
export function headerCandidates(kind: TableKind, headers: readonly string[]): HeaderCandidate[] {
  const keys = headers.map(normaliseHeader);
  const bases = headers.map((header) => {
    const base = splitQualifier(header)?.base;
    return base === undefined ? null : normaliseHeader(base);
  });
  const candidates: HeaderCandidate[] = [];
  fieldsOf(kind).forEach((field, order) => {
    field.synonyms.forEach((synonym, rank) => {
      keys.forEach((key, column) => {
        if (key === synonym) candidates.push({ field: field.name, column, rank, order });
        else if (bases[column] === synonym) {
          candidates.push({ field: field.name, column, rank: QUALIFIED_RANK + rank, order });
        }
      });
    });
  });
  return candidates.sort((a, b) => a.rank - b.rank || a.order - b.order || a.column - b.column);
}

/**
 * Gives each field the first of `candidates` (in their order) whose column is free; a header serves
 * one field. `accept` turns a candidate down (its values contradict the field).
 */
export function assignCandidates(
  candidates: readonly HeaderCandidate[],
  accept: (candidate: HeaderCandidate) => boolean = () => true,
): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<number>();
  for (const candidate of candidates) {
    const { field, column } = candidate;
    if (mapping[field] !== undefined || taken.has(column) || !accept(candidate)) continue;
    mapping[field] = column;
    taken.add(column);
  }
  return mapping;
}

/**
 * The mapping the headers alone propose: each canonical field takes its best-ranked header. Ties are
 * settled by synonym rank first, then by field order in the model. The values then have their say
 * (fit.ts).
 */
export function autoMap(kind: TableKind, headers: readonly string[]): Mapping {
  return assignCandidates(headerCandidates(kind, headers));
}

/** A stable key for "a file with the same headers", to remember a confirmed mapping. */
export function headerSignature(kind: TableKind, headers: readonly string[]): string {
  return `${kind}:${headers.map(normaliseHeader).join('|')}`;
}
