/**
 * What keeps people out of a snapshot: owner names become "Rep A", "Rep B"… (consistently, in every
 * table, chart and filter) unless the user opts in; lead columns that could identify a lead (names,
 * e-mails, phones, ids, free text, or any column with nearly one value per lead) are left out of the
 * Sources view; and any text that looks like an e-mail address is replaced, wherever it is.
 */
import { BLANK } from '../metrics/context';

const EMAIL = /[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}/gi;
export const HIDDEN = '(hidden)';

/** Text with every e-mail-like part replaced. */
function scrubEmails(text: string): string {
  return text.replace(EMAIL, HIDDEN);
}

function looksLikeEmail(text: string): boolean {
  EMAIL.lastIndex = 0;
  const found = EMAIL.test(text);
  EMAIL.lastIndex = 0;
  return found;
}

/** Every string inside a JSON value, scrubbed (a new value; the input is left alone). */
export function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrubEmails(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v)])) as T;
  }
  return value;
}

/** Headers of columns that hold personal or row-level data (checked on the header's words). */
const PERSONAL =
  /(^|[^a-z])(names?|first|last|full|surname|e-?mails?|phones?|mobile|cell|fax|tel|telephone|address|street|zip|postal|postcode|ip|ids?|uuid|guid|url|website|linkedin|twitter|notes?|comments?|description|message|birth|dob)([^a-z]|$)/i;

export function looksPersonal(header: string): boolean {
  return PERSONAL.test(header.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** At most this many values, and at least this many leads per value on average, to be shown. */
const MAX_DIMENSION_VALUES = 100;
const MIN_LEADS_PER_VALUE = 5;

/** True when a column's grouped values are safe to show: few values, each shared by several leads. */
export function safeGrouping(values: readonly string[], leads: number): boolean {
  if (values.length > MAX_DIMENSION_VALUES) return false;
  if (values.length > 5 && values.length * MIN_LEADS_PER_VALUE > leads) return false;
  return !values.some(looksLikeEmail);
}

/** "Rep A" … "Rep Z", "Rep AA" …: spreadsheet-style letters. */
export function repAlias(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Rep ${letters}`;
}

/** Assigns aliases in the order owners are first seen; "(blank)" stays "(blank)". */
export class OwnerAliases {
  private readonly map = new Map<string, string>();
  alias(owner: string): string {
    if (owner === BLANK) return owner;
    let alias = this.map.get(owner);
    if (alias === undefined) {
      alias = repAlias(this.map.size);
      this.map.set(owner, alias);
    }
    return alias;
  }
  get size(): number {
    return this.map.size;
  }
}
