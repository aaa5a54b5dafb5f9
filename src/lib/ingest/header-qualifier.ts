/**
 * What a header adds after the name of its field: a unit or currency in brackets ("Amount (USD)",
 * "Deal Value [€]", "Created Date (UTC)") or a currency code after it ("Amount USD", "amount_eur",
 * "Revenue in GBP"). Headers are matched without it when they match no field as written (automap.ts),
 * and the currency it names is the amounts' currency when nothing else names one (transform.ts).
 */
import { currencyOfToken } from './currency';

export interface Qualified {
  /** The header without its qualifier. */
  base: string;
  qualifier: string;
}

const BRACKETED = /^(.*?\S)\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/;
const TRAILING_CODE = /^(.*?[\p{L}\d])[\s_-]+(?:in[\s_]+)?([\p{L}$€£¥]{1,3})$/u;

export function splitQualifier(header: string): Qualified | null {
  const text = header.trim();
  const bracketed = BRACKETED.exec(text);
  if (bracketed?.[1] && bracketed[2]) return { base: bracketed[1], qualifier: bracketed[2] };
  const trailing = TRAILING_CODE.exec(text);
  // A trailing word is a qualifier only when it names a currency ("Lead Owner" keeps its "Owner").
  if (trailing?.[1] && trailing[2] && currencyOfToken(trailing[2]) !== null) {
    return { base: trailing[1], qualifier: trailing[2] };
  }
  return null;
}

/** The currency a header names in its qualifier ("Amount (USD)" → USD), or null. */
export function headerCurrency(header: string): string | null {
  const qualifier = splitQualifier(header)?.qualifier;
  return qualifier === undefined ? null : currencyOfToken(qualifier);
}
