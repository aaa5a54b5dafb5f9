/** Small shared helpers: rates, days and months, quantiles, grouping and counting. */

export const lowerSet = (values: string[]) => new Set(values.map((v) => v.trim().toLowerCase()));
export const statusKey = (status: string | null) => (status ?? '').trim().toLowerCase();
export const rate = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : a / b;
export const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
export const wallClock = (ms: number | null) =>
  ms === null ? null : new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Linear interpolation between closest ranks (DuckDB's quantile_cont). */
export function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (pos - lo) * (b - a);
}

/** Groups by key, rows sorted by size (desc) then key (code-point order, as DuckDB compares text). */
export function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || cmp(a[0], b[0]));
}
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const count = <T>(items: T[], test: (item: T) => boolean | null) =>
  items.filter((i) => test(i) === true).length;
