/** Numbers in the browser's locale (UI.md): counts exact, sizes in MB, rates with one decimal. */
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatCount = (n: number) => integer.format(n);
export const formatMb = (bytes: number) => `${oneDecimal.format(bytes / 1e6)} MB`;
export const formatPercent = (fraction: number) => `${oneDecimal.format(fraction * 100)}%`;
export const formatMoney = (amount: number, currency = 'USD') =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
