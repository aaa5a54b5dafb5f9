import { describe, expect, it } from 'vitest';
import {
  matchesSearch,
  movedIndex,
  pickerNote,
  pickerRows,
  toggled,
} from '../../../src/components/shell/filter-picker-model';

describe('the filter picker model', () => {
  const rows = [
    { value: 'Web', leads: 40 },
    { value: 'Partner', leads: 12 },
    { value: 'Event', leads: 3 },
  ];

  it('lists the metric rows up to the cap and says when there are more', () => {
    expect(pickerRows(rows, [], '', 3)).toEqual({ rows, capped: false });
    expect(pickerRows(rows, [], '', 2)).toEqual({ rows: rows.slice(0, 2), capped: true });
  });

  it('keeps chosen values the list does not reach, first, so they can be unticked', () => {
    // Complete list: the other filters leave the value no lead.
    expect(pickerRows(rows, ['Web', 'Trade show'], '', 3).rows).toEqual([
      { value: 'Trade show', leads: 0 },
      ...rows,
    ]);
    // Capped list: its count is not known.
    expect(pickerRows(rows, ['Event'], '', 2).rows).toEqual([
      { value: 'Event', leads: null },
      ...rows.slice(0, 2),
    ]);
    // A chosen value the search does not match stays chosen but is not shown.
    expect(pickerRows([], ['Trade show'], 'web').rows).toEqual([]);
    expect(pickerRows([], ['Trade show'], 'SHOW').rows).toEqual([{ value: 'Trade show', leads: 0 }]);
  });

  it('matches the search case-insensitively, ignoring surrounding spaces', () => {
    expect(matchesSearch('Paid Search', ' paid ')).toBe(true);
    expect(matchesSearch('Paid Search', 'organic')).toBe(false);
    expect(matchesSearch('anything', '')).toBe(true);
  });

  it('explains a short or empty list', () => {
    expect(pickerNote(3, false, '')).toBeNull();
    expect(pickerNote(200, true, '', 200)).toBe(
      'Showing the 200 values with the most leads; type to search all of them.',
    );
    expect(pickerNote(200, true, 'an', 200)).toContain('containing “an”');
    expect(pickerNote(0, false, ' zz ')).toBe('No value contains “zz”.');
    expect(pickerNote(0, false, '')).toBe('No leads have a value here under the other filters.');
  });

  it('toggles a value in and out, keeping the order of the others', () => {
    expect(toggled(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('moves the focus with the list keys, clamped at both ends', () => {
    expect(movedIndex('ArrowDown', 0, 3)).toBe(1);
    expect(movedIndex('ArrowDown', 2, 3)).toBe(2);
    expect(movedIndex('ArrowUp', 0, 3)).toBe(0);
    expect(movedIndex('ArrowUp', 2, 3)).toBe(1);
    expect(movedIndex('Home', 2, 3)).toBe(0);
    expect(movedIndex('End', 0, 3)).toBe(2);
    expect(movedIndex('Enter', 0, 3)).toBeNull();
    expect(movedIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
