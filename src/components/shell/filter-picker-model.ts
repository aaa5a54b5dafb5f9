/** What the filter picker lists, and how its keys move: pure, so it is tested without a browser. */

/** At most this many values are listed; the search (SQL, over every value) reaches the rest. */
export const PICKER_CAP = 200;

export interface PickerValue {
  value: string;
  /** Leads with this value under the other filters; null when the capped list cannot say. */
  leads: number | null;
}

/** Whether a value contains the search, case-insensitive (as the metric's SQL search does). */
export function matchesSearch(value: string, search: string): boolean {
  return value.toLowerCase().includes(search.trim().toLowerCase());
}

/**
 * The rows to show from the metric's answer (asked for `cap + 1` rows, so one more means "more
 * exist"): the chosen values the list does not reach first, so they can still be unticked (0 leads
 * when the list is complete: the other filters leave them none), then the listed values.
 */
export function pickerRows(
  rows: readonly { value: string; leads: number }[],
  selected: readonly string[],
  search: string,
  cap = PICKER_CAP,
): { rows: PickerValue[]; capped: boolean } {
  const capped = rows.length > cap;
  const listed = rows.slice(0, cap);
  const shown = new Set(listed.map((row) => row.value));
  const missing = selected
    .filter((value) => !shown.has(value) && matchesSearch(value, search))
    .map((value) => ({ value, leads: capped ? null : 0 }));
  return { rows: [...missing, ...listed], capped };
}

/** The line under the list: why it is short, or that nothing matched. Null when all is listed. */
export function pickerNote(count: number, capped: boolean, search: string, cap = PICKER_CAP): string | null {
  const term = search.trim();
  if (capped && term === '')
    return `Showing the ${cap} values with the most leads; type to search all of them.`;
  if (capped)
    return `Showing the ${cap} values containing “${term}” with the most leads; type more to narrow.`;
  if (count === 0 && term !== '') return `No value contains “${term}”.`;
  if (count === 0) return 'No leads have a value here under the other filters.';
  return null;
}

/** The value list with one value added or taken out. */
export function toggled(selected: readonly string[], value: string): string[] {
  return selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
}

/** Where a list key moves the focus among `length` items (clamped); null for other keys. */
export function movedIndex(key: string, index: number, length: number): number | null {
  if (length === 0) return null;
  if (key === 'ArrowDown') return Math.min(index + 1, length - 1);
  if (key === 'ArrowUp') return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  return null;
}
