/**
 * Numbers in the browser's locale (UI.md): counts exact, sizes in MB, rates with one decimal.
 * One rule for all of them:
 * - a negative figure carries the minus sign U+2212 ("−$1,200"), never a hyphen;
 * - money is whole currency units in titles, tiles, sentences, tables and tooltips (formatMoney), so a
 *   title and its tile read the same; the compact form ($1.2M, formatMoneyCompact) is only for axis
 *   ticks and bar-end labels, where space is short.
 */
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Intl writes a hyphen-minus (or U+2212 in some locales): always the real minus sign. */
export const withMinus = (text: string) => text.replaceAll('-', '\u2212');

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, options);
    cache.set(key, format);
  }
  return format;
}

export const formatCount = (n: number) => withMinus(integer.format(n));
export const formatMb = (bytes: number) => `${oneDecimal.format(bytes / 1e6)} MB`;
/** A file's size: KB below 1 MB (a small export is not "0.0 MB"). */
export const formatFileSize = (bytes: number) =>
  bytes < 1e6 ? `${integer.format(Math.max(1, Math.round(bytes / 1e3)))} KB` : formatMb(bytes);
export const formatPercent = (fraction: number) => `${withMinus(oneDecimal.format(fraction * 100))}%`;

/** Money in whole currency units: titles, tiles, sentences, tables, tooltips. */
export const formatMoney = (amount: number, currency = 'USD') =>
  withMinus(
    numberFormat(`money:${currency}`, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    ),
  );

/** Amounts in several currencies, never summed: "€3,501 + $2,000". */
export const formatMoneyParts = (parts: readonly { currency: string; amount: number }[]) =>
  parts.map((part) => formatMoney(part.amount, part.currency)).join(' + ');

/** Durations (UI.md): hours below 72 h, days above; one decimal below 10, whole numbers above. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return '';
  const figure = (v: number) => withMinus((Math.abs(v) < 10 ? oneDecimal : integer).format(v));
  return Math.abs(hours) < 72 ? `${figure(hours)} h` : `${figure(hours / 24)} d`;
}

/** Money on axis ticks and bar-end labels only (space is short): $1.2M. Everything else: formatMoney. */
export const formatMoneyCompact = (amount: number, currency = 'USD') =>
  withMinus(
    numberFormat(`compact:${currency}`, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(amount),
  );

/** Counts on axis ticks and bar-end labels: 12.3K. */
export const formatCountCompact = (n: number) =>
  withMinus(numberFormat('count-compact', { notation: 'compact', maximumFractionDigits: 1 }).format(n));
