import { describe, expect, it } from 'vitest';
import { compareCells, nextSort, sortRows } from '../../../src/components/table/sort';
import type { Column } from '../../../src/components/table/types';

interface Row {
  owner: string;
  leads: number;
  rate: number | null;
}

const rows: Row[] = [
  { owner: 'Rep 10', leads: 5, rate: 0.2 },
  { owner: 'rep 2', leads: 50, rate: null },
  { owner: 'Rep 1', leads: 5, rate: 0.9 },
  { owner: 'Álvaro', leads: 20, rate: 0.5 },
];

describe('sortRows', () => {
  it('sorts numbers numerically, keeping equal rows in their order (stable)', () => {
    const sorted = sortRows(rows, { key: 'leads', direction: 'ascending' });
    expect(sorted.map((r) => r.owner)).toEqual(['Rep 10', 'Rep 1', 'Álvaro', 'rep 2']);
    const desc = sortRows(rows, { key: 'leads', direction: 'descending' });
    expect(desc.map((r) => r.owner)).toEqual(['rep 2', 'Álvaro', 'Rep 10', 'Rep 1']);
  });

  it('puts blanks ("not in your data") last in both directions', () => {
    expect(sortRows(rows, { key: 'rate', direction: 'ascending' }).at(-1)?.owner).toBe('rep 2');
    expect(sortRows(rows, { key: 'rate', direction: 'descending' }).at(-1)?.owner).toBe('rep 2');
    expect(sortRows(rows, { key: 'rate', direction: 'descending' })[0]?.owner).toBe('Rep 1');
  });

  it('sorts text by the locale: case-insensitive, accents next to their letter, numbers in order', () => {
    const sorted = sortRows(rows, { key: 'owner', direction: 'ascending' });
    expect(sorted.map((r) => r.owner)).toEqual(['Álvaro', 'Rep 1', 'rep 2', 'Rep 10']);
  });

  it('returns a copy and leaves the input alone; no sort keeps the given order', () => {
    const before = rows.map((r) => r.owner);
    const copy = sortRows(rows, null);
    expect(copy).not.toBe(rows);
    expect(copy.map((r) => r.owner)).toEqual(before);
    sortRows(rows, { key: 'leads', direction: 'descending' });
    expect(rows.map((r) => r.owner)).toEqual(before);
  });
});

describe('compareCells', () => {
  it('orders dates by time and treats NaN as blank', () => {
    expect(compareCells(new Date('2024-01-02'), new Date('2024-01-01'), 'ascending')).toBeGreaterThan(0);
    expect(compareCells(Number.NaN, 1, 'descending')).toBe(1);
    expect(compareCells(undefined, null, 'ascending')).toBe(0);
  });
});

describe('nextSort', () => {
  const leads: Column<Row> = { key: 'leads', label: 'Leads', numeric: true };
  const owner: Column<Row> = { key: 'owner', label: 'Owner' };

  it('starts numbers biggest first and text A to Z, and flips on a second click', () => {
    expect(nextSort(null, leads)).toEqual({ key: 'leads', direction: 'descending' });
    expect(nextSort(null, owner)).toEqual({ key: 'owner', direction: 'ascending' });
    expect(nextSort({ key: 'leads', direction: 'descending' }, leads)).toEqual({
      key: 'leads',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'leads', direction: 'ascending' }, owner)).toEqual({
      key: 'owner',
      direction: 'ascending',
    });
  });
});
