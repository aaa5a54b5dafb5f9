/**
 * A deal's currency, as its file says it: a currency column ("EUR", "usd", "€") or a symbol or ISO
 * code written with the amount ("€1.234,50", "1 234,50 EUR", "USD 1,200", "£900"). Both read to an
 * upper-case ISO 4217 code, or to "$" for a bare dollar sign (which dollar is decided with the
 * user's chosen currency, lib/metrics/currencies.ts). What names no currency reads as NULL: the deal
 * is then in the user's chosen currency. A currency never rejects a row.
 */

/** Symbols and words a file writes for a currency, upper-cased as matched. */
const SYMBOLS: readonly (readonly [string, string])[] = [
  ['€', 'EUR'],
  ['EURO', 'EUR'],
  ['EUROS', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['円', 'JPY'],
  ['KČ', 'CZK'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₱', 'PHP'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['ZŁ', 'PLN'],
  ['R$', 'BRL'],
  ['US$', 'USD'],
  ['U$S', 'USD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['MX$', 'MXN'],
  ['FR', 'CHF'],
  ['SFR', 'CHF'],
  ['$', '$'],
];

/**
 * A currency named in plain text, as a header's qualifier does ("USD", "€", "eur"): an ISO 4217
 * code the runtime knows, or a symbol above; null for any other word ("Net", "UTC").
 */
export function currencyOfToken(token: string): string | null {
  const upper = token.trim().toUpperCase();
  const symbol = SYMBOLS.find(([written]) => written === upper);
  if (symbol) return symbol[1];
  return /^[A-Z]{3}$/.test(upper) && isoCodes().has(upper) ? upper : null;
}

let codes: Set<string> | null = null;
const isoCodes = () => (codes ??= new Set(Intl.supportedValuesOf('currency')));

/** A currency token (already trimmed) → ISO code, '$', or NULL. */
function tokenSql(token: string): string {
  const upper = `upper(${token})`;
  const known = SYMBOLS.map(([symbol, code]) => `WHEN '${symbol}' THEN '${code}'`).join(' ');
  return `CASE ${upper} ${known}
    ELSE CASE WHEN regexp_full_match(${token}, '[A-Za-z]{3}') THEN ${upper} END END`;
}

/**
 * A currency column's value (`v`: trimmed text, NULL when blank) → ISO code, '$', or NULL. Dynamics
 * 365 and Bitrix24 write the currency's name ("US Dollar", "Euro"): read by its English name.
 */
export function currencySql(v: string): string {
  const { names, codes } = currencyNames();
  return `coalesce(${tokenSql(v)}, CASE WHEN length(${v}) > 3 THEN [${codes}][list_position([${names}], lower(${v}))] END)`;
}

let named: { names: string; codes: string } | null = null;
/** Every ISO currency's English name ("US Dollar"), as SQL list literals in the same order. */
function currencyNames(): { names: string; codes: string } {
  if (named) return named;
  const display = new Intl.DisplayNames(['en'], { type: 'currency' });
  const pairs = [...isoCodes()]
    .map((code) => [display.of(code)?.toLowerCase() ?? '', code] as const)
    .filter(([name, code]) => name !== '' && name !== code.toLowerCase() && !name.includes("'"));
  named = {
    names: pairs.map(([name]) => `'${name}'`).join(', '),
    codes: pairs.map(([, code]) => `'${code}'`).join(', '),
  };
  return named;
}

/**
 * The currency written with an amount (`v`: its trimmed text): the text beside the figure once the
 * digits, separators, signs and spaces go ("€", "EUR", "US$"). Plain figures skip the regexps.
 */
export function amountCurrencySql(v: string): string {
  const token = `regexp_extract(${v}, '[^0-9.,\\s()+\\-−''’\\x{00a0}\\x{202f}]+')`;
  return `CASE WHEN ${v} IS NULL OR regexp_full_match(${v}, '[0-9.,\\s()+\\-]*') THEN NULL
    ELSE ${tokenSql(token)} END`;
}
