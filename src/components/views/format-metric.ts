import { formatCount, formatMoney, formatPercent } from '../common/format';

/** null stays null: the tile shows "not in your data" rather than a zero. */
export const pct = (n: number | null | undefined) => (n == null ? null : formatPercent(n));
export const count = (n: number | null | undefined) => (n == null ? null : formatCount(n));
export const money = (n: number | null | undefined, currency = 'USD') =>
  n == null ? null : formatMoney(n, currency);
