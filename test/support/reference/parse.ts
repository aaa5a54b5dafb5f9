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

/** `M/D/YYYY`, `M/D/YYYY h:mm AM`, `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` → UTC wall-clock ms. */
export function parseDate(v: string | undefined): number | null {
  const t = txt(v);
  if (t === null) return null;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))? ?(AM|PM))?$/i.exec(t);
  if (m) {
    let hour = Number(m[4] ?? 0) % 12;
    if ((m[7] ?? '').toUpperCase() === 'PM') hour += 12;
    return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5] ?? 0), Number(m[6] ?? 0));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) {
    return Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
    );
  }
  throw new Error(`reference: unreadable date ${t}`);
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
  if (t.includes('lost')) return 'lost';
  if (t.includes('won')) return 'won';
  return 'open';
}
