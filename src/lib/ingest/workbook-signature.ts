import type { TableKind } from './fields';

/** "Same workbook, next month's export": the kind and the sheet names (a picked sheet is kept by it). */
export function sheetSignature(kind: TableKind, names: readonly string[]): string {
  return `${kind}:${names.map((name) => name.trim().toLowerCase()).join('|')}`;
}
