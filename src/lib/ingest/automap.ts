import { fieldsOf, type TableKind } from './fields';

/** Field name → index of the uploaded column mapped to it (absent: not in this file). */
export type Mapping = Partial<Record<string, number>>;

/** Case-, space- and punctuation-insensitive header key: "Lead Owner" and "lead_owner" → "leadowner". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Assigns each canonical field the best-ranked header among its synonyms; a header serves one field.
 * Ties are settled by synonym rank first, then by field order in the model.
 */
export function autoMap(kind: TableKind, headers: readonly string[]): Mapping {
  const keys = headers.map(normaliseHeader);
  const candidates: { field: string; column: number; rank: number; order: number }[] = [];
  fieldsOf(kind).forEach((field, order) => {
    field.synonyms.forEach((synonym, rank) => {
      keys.forEach((key, column) => {
        if (key === synonym) candidates.push({ field: field.name, column, rank, order });
      });
    });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.order - b.order || a.column - b.column);
  const mapping: Mapping = {};
  const taken = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || taken.has(column)) continue;
    mapping[field] = column;
    taken.add(column);
  }
  return mapping;
}

/** A stable key for "a file with the same headers", to remember a confirmed mapping. */
export function headerSignature(kind: TableKind, headers: readonly string[]): string {
  return `${kind}:${headers.map(normaliseHeader).join('|')}`;
}
