// Wall-clock times without a zone, as minutes since 1970-01-01 00:00 (UTC only for the calendar arithmetic).

export const MIN_PER_HOUR = 60;
export const MIN_PER_DAY = 1440;
export const HISTORY_DAYS = 548; // ~18 months of leads before the as-of date

export function parseAsOf(asOf) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(asOf));
  if (!m) throw new Error(`--as-of must be YYYY-MM-DD, got ${asOf}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== asOf) throw new Error(`invalid date ${asOf}`);
  return ms / 60000 / MIN_PER_DAY; // day number
}

/** Caches "M/D/YYYY" per day number, plus weekday, year, month. */
export function makeCalendar() {
  const cache = new Map();
  return function day(dayNo) {
    let d = cache.get(dayNo);
    if (d === undefined) {
      const dt = new Date(dayNo * 86400000);
      const y = dt.getUTCFullYear();
      const m = dt.getUTCMonth();
      d = {
        text: `${m + 1}/${dt.getUTCDate()}/${y}`,
        weekday: dt.getUTCDay(), // 0 = Sunday
        year: y,
        month: m,
      };
      cache.set(dayNo, d);
    }
    return d;
  };
}

/** Text and working-hours helpers over minutes; `day` is a makeCalendar(). */
export function makeClock(R, day) {
  const dateText = (min) => day(Math.floor(min / MIN_PER_DAY)).text;
  const dateTimeText = (min) => {
    const m = Math.floor(min);
    const minuteOfDay = m - Math.floor(m / MIN_PER_DAY) * MIN_PER_DAY;
    const h = Math.floor(minuteOfDay / 60);
    const mm = minuteOfDay % 60;
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return `${dateText(m)} ${h12}:${mm < 10 ? '0' : ''}${mm} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const weekday = (min) => day(Math.floor(min / MIN_PER_DAY)).weekday;

  /** Move a sales activity into working hours (Mon–Fri, 8:00–18:00). */
  const workingHours = (min) => {
    let m = min;
    const mod = m - Math.floor(m / MIN_PER_DAY) * MIN_PER_DAY;
    if (mod < 8 * 60) m = m - mod + 8 * 60 + R.int(100);
    else if (mod >= 18 * 60) m = m - mod + MIN_PER_DAY + 8 * 60 + R.int(100);
    const wd = weekday(m);
    if (wd === 6) m += 2 * MIN_PER_DAY;
    else if (wd === 0) m += MIN_PER_DAY;
    return m;
  };

  return { dateText, dateTimeText, workingHours };
}
