import { expect } from 'vitest';
import { autoMap } from '../../../../src/lib/ingest/automap';
import type { TableKind } from '../../../../src/lib/ingest/fields';

/** autoMap's result as field → header, for readable expectations. */
export function mapByHeader(kind: TableKind, headers: string[]): Record<string, string> {
  const mapping = autoMap(kind, headers);
  const columns = Object.values(mapping);
  expect(new Set(columns).size, 'a header serves one field').toBe(columns.length);
  return Object.fromEntries(
    Object.entries(mapping).map(([field, column]) => [field, headers[column ?? -1] ?? '?']),
  );
}
