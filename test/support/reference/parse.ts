/** The reference's own CSV reading and its own date, number, yes/no and outcome parsing. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export type Raw = Record<string, string>;

export function parseCsv(path: string): Raw[] {
  return Papa.parse<Raw>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

export const txt = (v: string | undefined): string | null => {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
};

/**
 * A date as CRMs write it → UTC wall-clock ms (an offset is applied). `M/D/YYYY [h:mm AM]`; ISO
 * `YYYY-MM-DD[ HH:MM[:SS[.fff]]][zone]`; month-name dates in English, German, French, Spanish,
 * Dutch, Portuguese and Italian ("Mar 4, 2025 09:46 AM", "4. März 2025", "Tue, 04 Mar 2025 14:15:00
 * +0200"); Excel serials (20000–80000). Written apart from the app's SQL: word by word, in JS.
 */
export function parseDate(v: string | undefined): number | null {
  const t = txt(v);
  if (t === null) return null;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))? ?(AM|PM))?$/i.exec(t);
  if (m) {
    let hour = Number(m[4] ?? 0) % 12;
    if ((m[7] ?? '').toUpperCase() === 'PM') hour += 12;
    return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5] ?? 0), Number(m[6] ?? 0));
  }
  m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
      t,
    );
  if (m) {
    const ms = Number((m[7] ?? '').padEnd(3, '0'));
    const local = Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
    );
    return local + Number(m[6] ?? 0) * 1000 + ms - zoneMinutes(m[8]) * 60_000;
  }
  const serial = excelSerial(t);
  if (serial !== null) return serial;
  const named = parseNamedDate(t);
  if (named !== null) return named;
  throw new Error(`reference: unreadable date ${t}`);
}

/** Minutes east of UTC of `Z`, `+02:00`, `-0500`, `+05`. */
function zoneMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone.startsWith('-') ? -minutes : minutes;
}

/** Excel's 1900 system: days since 1899-12-30, the fraction the time of day; to the second. */
function excelSerial(t: string): number | null {
  if (!/^\d{5}([.,]\d+)?$/.test(t)) return null;
  const days = Number(t.replace(',', '.'));
  if (days < 20000 || days >= 80000) return null;
  const epoch = Date.UTC(1899, 11, 30);
  return epoch + Math.round(days * 86400) * 1000;
}

/** Month words by language, accent-free and lower case; each list January to December. */
const MONTH_WORDS: Record<string, string[][]> = {
  en: [
    ['jan', 'january'],
    ['feb', 'february'],
    ['mar', 'march'],
    ['apr', 'april'],
    ['may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'august'],
    ['sep', 'sept', 'september'],
    ['oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ],
  de: [
    ['januar', 'janner'],
    ['februar', 'feber'],
    ['marz', 'maerz', 'mrz'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober', 'okt'],
    ['november'],
    ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'],
    ['fevrier', 'fevr', 'fev'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['aout'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['decembre'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero'],
    ['marzo'],
    ['abril', 'abr'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'set'],
    ['octubre'],
    ['noviembre'],
    ['diciembre', 'dic'],
  ],
  nl: [
    ['januari'],
    ['februari'],
    ['maart', 'mrt'],
    ['april'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['augustus'],
    ['september'],
    ['oktober'],
    ['november'],
    ['december'],
  ],
  pt: [
    ['janeiro'],
    ['fevereiro'],
    ['marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro', 'out'],
    ['novembro'],
    ['dezembro'],
  ],
  it: [
    ['gennaio', 'gen'],
    ['febbraio'],
    ['marzo'],
    ['aprile'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto'],
    ['settembre'],
    ['ottobre', 'ott'],
    ['novembre'],
    ['dicembre'],
  ],
};

function monthOf(word: string): number | null {
  for (const months of Object.values(MONTH_WORDS)) {
    const index = months.findIndex((words) => words.includes(word));
    if (index >= 0) return index + 1;
  }
  return null;
}

const CONNECTORS = new Set(['de', 'del', 'at', 'a', 'as', 'um', 'om', 'alle', 'las']);

/** "Mar 4, 2025 09:46 AM", "4. März 2025", "4 de marzo de 2025", "Tue, 04 Mar 2025 14:15:00 +0200". */
function parseNamedDate(text: string): number | null {
  const t = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const timeAt = t.search(/\d{1,2}[:h]\d{2}/);
  const datePart = timeAt < 0 ? t : t.slice(0, timeAt);
  const timePart = timeAt < 0 ? '' : t.slice(timeAt);
  const words = datePart
    .split(/[\s,/-]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w !== '' && !CONNECTORS.has(w));
  const dayOf = (w: string | undefined) =>
    w && /^\d{1,2}(st|nd|rd|th|er|º)?$/.test(w) ? parseInt(w, 10) : null;
  const parts = words.length === 4 && monthOf(words[0] ?? '') === null ? words.slice(1) : words;
  if (parts.length !== 3) return null;
  const [a, b, yearWord] = parts;
  const day = dayOf(a) ?? dayOf(b);
  const month = dayOf(a) !== null ? monthOf(b ?? '') : monthOf(a ?? '');
  if (day === null || month === null || !/^(\d{2}|\d{4})$/.test(yearWord ?? '')) return null;
  let year = Number(yearWord);
  if (yearWord?.length === 2) year += year < 69 ? 2000 : 1900;
  const time = parseTime(timePart);
  if (time === null) return null;
  const ms = Date.UTC(year, month - 1, day) + time;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCDate() === day && check.getUTCMonth() === month - 1 ? ms : null;
}

/** Ms into the day (minus the zone's offset) of "2:15 PM", "14h15", "14:15:00 +0200"; '' is 0. */
function parseTime(t: string): number | null {
  if (t.trim() === '') return 0;
  const m =
    /^(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(?:([ap])\.?\s*m\.?)?\s*(z|utc|ut|gmt)?\s*([+-]\d{2}(?::?\d{2})?)?\s*$/.exec(
      t,
    );
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  if (m[5]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[5] === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = Number((m[4] ?? '').padEnd(3, '0'));
  return ((hour * 60 + minute - zoneMinutes(m[7])) * 60 + second) * 1000 + ms;
}

export function parseNumber(v: string | undefined): number | null {
  const t = txt(v);
  if (t === null) return null;
  const n = Number(t.replace(/[^0-9.-]/g, ''));
  if (!Number.isFinite(n)) throw new Error(`reference: unreadable number ${t}`);
  return n;
}

export function parseYesNo(v: string | undefined): boolean | null {
  const t = txt(v)?.toLowerCase() ?? null;
  if (t === null) return null;
  if (['1', 'true', 'yes'].includes(t)) return true;
  if (['0', 'false', 'no'].includes(t)) return false;
  throw new Error(`reference: unreadable yes/no ${t}`);
}

export function parseOutcome(v: string | undefined): 'won' | 'lost' | 'open' | null {
  const t = txt(v)?.toLowerCase() ?? null;
  if (t === null) return null;
  if (/lost|abandoned|cancell?ed|out-?sold/.test(t)) return 'lost';
  if (t.includes('won')) return 'won';
  return 'open';
}
