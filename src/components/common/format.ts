/** Numbers in the browser's locale (UI.md): counts exact, sizes in MB, rates with one decimal. */
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatCount = (n: number) => integer.format(n);
export const formatMb = (bytes: number) => `${oneDecimal.format(bytes / 1e6)} MB`;
/** A file's size: KB below 1 MB (a small export is not "0.0 MB"). */
export const formatFileSize = (bytes: number) =>
  bytes < 1e6 ? `${integer.format(Math.max(1, Math.round(bytes / 1e3)))} KB` : formatMb(bytes);
export const formatPercent = (fraction: number) => `${oneDecimal.format(fraction * 100)}%`;
export const formatMoney = (amount: number, currency = 'USD') =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

/** Durations (UI.md): hours below 72 h, days above; one decimal below 10, whole numbers above. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return '';
  const figure = (v: number) => (Math.abs(v) < 10 ? oneDecimal : integer).format(v);
  return Math.abs(hours) < 72 ? `${figure(hours)} h` : `${figure(hours / 24)} d`;
}

/** Money where space is short (axes, bar labels): $1.2M. Exact figures go in tables and tooltips. */
export const formatMoneyCompact = (amount: number, currency = 'USD') =>
  new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);

/** Counts where space is short: 12.3K. */
export const formatCountCompact = (n: number) =>
  new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
