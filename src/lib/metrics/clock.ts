/**
 * The working clock in SQL (issue 20; grain: one row per lead in `lead_clock`). Time zones are worked
 * out in JS from the browser's Intl data (lib/time), never by DuckDB's ICU extension, which fetches
 * itself from the network (STACK.md): `resolveClock` stores the working windows over the data's days
 * in a temp table and keeps the export zone's offsets, and `leadClockCte` gives each lead:
 * - working_response_hours: working time from created to first touch (W(touch) − W(created), where
 *   W(t) is the working seconds before t: an ASOF JOIN on the windows, as lib/time workingSecondsAt);
 * - working_age_hours: working time from created to the end of the as-of day;
 * - after_hours: created outside working hours (NULL without a created date), by `lg_arrived`, the
 *   macro behind the `arrived` dimension, so the figure and the filter always agree.
 * Instants: a field written with its own offset is stored in UTC already (KnownFields `utc`); any
 * other is a wall time in the export's zone, turned into an instant with the offset in force then.
 */
import type { Db } from '../db';
import { offsetPeriods, wallToUtc, browserTimeZone } from '../time/zone';
import { minutesOfDay } from '../time/validate-hours';
import { workingSecondsAt, workingWindows } from '../time/working-hours';
import type { BusinessHours, MetricContext, ResolvedClock } from './context';
import { ARRIVED_VALUES, dayEpoch } from './filters';

const DAY_S = 86_400;
/** A corrupt far date (year 9999) must not make the windows span millennia: data beyond this many
 * years from the as-of day reads against the edge windows. */
const MAX_YEARS = 40;
let generation = 0;

const isoDay = (epochS: number) => new Date(epochS * 1000).toISOString().slice(0, 10);

/** The offset in force at `at` (SQL), from periods [from, offset] sorted by `from`. */
function offsetAt(at: string, periods: readonly (readonly [number, number])[]): string {
  const [first, ...later] = periods;
  if (!first) return '0';
  // Latest period first: the first WHEN that holds is the period `at` falls in.
  const whens = [...later]
    .reverse()
    .map(([from, offset]) => `WHEN ${at} >= ${from} THEN ${offset}`)
    .join(' ');
  return later.length === 0 ? `${first[1]}` : `CASE ${whens} ELSE ${first[1]} END`;
}

/** The epoch seconds of a timestamp (SQL `ts`) of a lead date field, as an instant. */
function instantOf(
  ctx: Pick<MetricContext, 'known'>,
  clock: ResolvedClock,
  field: string,
  ts: string,
): string {
  const wall = `epoch(${ts})`;
  return ctx.known.utc?.has(field) ? wall : `(${wall} - ${offsetAt(wall, clock.offsets)})`;
}

/** The epoch seconds of a lead date column as an instant (SQL over alias `l`). */
export function instantSql(ctx: Pick<MetricContext, 'known'>, clock: ResolvedClock, field: string): string {
  return instantOf(ctx, clock, field, `l.${field}`);
}

/**
 * `lg_arrived(created_at)`: 'In working hours' or 'After hours' (NULL without a date), the derived
 * dimension of filters.ts, as plain arithmetic on the instant in the hours' zone (no join, so it
 * filters anywhere): day number d and second of day; a window starting on day d counts when d is a
 * working day and not a holiday; overnight and whole-day windows reach into the next day.
 */
function arrivedMacros(
  ctx: MetricContext,
  hours: BusinessHours,
  exportOffsets: ResolvedClock['offsets'],
  range: [number, number],
): string[] {
  const zoneOffsets = offsetPeriods(hours.timeZone, range[0] * 1000, range[1] * 1000).map(
    (p) => [p.fromUtcMs / 1000, p.offsetMinutes * 60] as const,
  );
  const clock = { offsets: exportOffsets } as ResolvedClock;
  const instant = instantOf(ctx, clock, 'created_at', 'ts');
  const holidays = hours.holidays.map((day) => dayEpoch(day) / DAY_S);
  const start = minutesOfDay(hours.start) * 60;
  const end = minutesOfDay(hours.end) * 60;
  const sec = `(t - floor(t / ${DAY_S}) * ${DAY_S})`;
  const day = `floor(t / ${DAY_S})`;
  const within =
    end > start
      ? `lg_working_day(${day}) AND ${sec} >= ${start} AND ${sec} < ${end}`
      : `(${sec} >= ${start} AND lg_working_day(${day})) OR (${sec} < ${end} AND lg_working_day(${day} - 1))`;
  return [
    `CREATE OR REPLACE TEMP MACRO lg_hours_local(ts) AS (${instant} + ${offsetAt(instant, zoneOffsets)})`,
    `CREATE OR REPLACE TEMP MACRO lg_working_day(d) AS (
      (((d + 3) % 7 + 7) % 7 + 1) IN (${hours.days.join(', ')})${holidays.length > 0 ? ` AND d NOT IN (${holidays.join(', ')})` : ''})`,
    `CREATE OR REPLACE TEMP MACRO lg_arrived_at(t) AS (CASE WHEN t IS NULL THEN NULL
      WHEN ${within} THEN '${ARRIVED_VALUES.within}' ELSE '${ARRIVED_VALUES.after}' END)`,
    `CREATE OR REPLACE TEMP MACRO lg_arrived(ts) AS (lg_arrived_at(lg_hours_local(ts)))`,
  ];
}

/**
 * Per database (one connection, whose temp macros live as long as it does): NO_HOURS while the
 * `lg_arrived` without working hours is the one defined, so each new data state does not define it
 * again (a statement on the way to the first figures, issue 15).
 */
const arrivedIn = new WeakMap<Db, typeof NO_HOURS>();
const NO_HOURS = 'no hours';

/**
 * Makes the working clock concrete for the loaded leads (undefined when working hours are off, or no
 * lead has a created date): the windows from two days before the first created day to two days
 * after the last date in the data or the as-of day, stored in a temp table.
 */
export async function resolveClock(db: Db, ctx: MetricContext): Promise<ResolvedClock | undefined> {
  // The `arrived` dimension without working hours: no lead has a working-hours side.
  if (arrivedIn.get(db) !== NO_HOURS) {
    await db.exec(`CREATE OR REPLACE TEMP MACRO lg_arrived(ts) AS (CAST(NULL AS VARCHAR))`);
    arrivedIn.set(db, NO_HOURS);
  }
  const hours = ctx.definition.businessHours;
  if (!hours || !ctx.known.leads.has('created_at')) return undefined;
  const touch = ctx.known.leads.has('first_touch_at') ? 'first_touch_at' : 'created_at';
  const [range] = await db.query<{ low: number | null; high: number | null }>(
    `SELECT epoch(min(created_at)) AS low, epoch(greatest(max(created_at), max(${touch}))) AS high FROM leads`,
  );
  if (range?.low == null || range.high == null) return undefined;
  const exportZone = ctx.definition.timeZone ?? browserTimeZone();
  const asOfEndWall = dayEpoch(ctx.asOf, 1);
  const span = MAX_YEARS * 366 * DAY_S;
  const low = Math.max(Math.min(Number(range.low), asOfEndWall), asOfEndWall - span) - 2 * DAY_S;
  const high = Math.min(Math.max(Number(range.high), asOfEndWall), asOfEndWall + span) + 2 * DAY_S;
  const offsets = offsetPeriods(exportZone, low * 1000, high * 1000).map(
    (p) => [p.fromWallMs / 1000, p.offsetMinutes * 60] as const,
  );
  const windows = workingWindows(hours, isoDay(low), isoDay(high));
  const table = `work_windows_${++generation}`;
  await db.exec(`CREATE OR REPLACE TEMP TABLE ${table} (start_s DOUBLE, end_s DOUBLE, before_s DOUBLE)`);
  for (let i = 0; i < windows.length; i += 1000) {
    const rows = windows.slice(i, i + 1000).map((w) => `(${w.startUtc}, ${w.endUtc}, ${w.before})`);
    await db.exec(`INSERT INTO ${table} VALUES ${rows.join(', ')}`);
  }
  arrivedIn.delete(db);
  for (const macro of arrivedMacros(ctx, hours, offsets, [low, high])) await db.exec(macro);
  const asOfEndUtc = wallToUtc(exportZone, asOfEndWall * 1000) / 1000;
  return {
    hours,
    exportZone,
    windows: table,
    offsets,
    asOfEndUtc,
    asOfEndWorking: workingSecondsAt(windows, asOfEndUtc),
  };
}

export async function dropClock(db: Db, ctx: MetricContext): Promise<void> {
  if (ctx.clock) await db.exec(`DROP TABLE IF EXISTS ${ctx.clock.windows}`);
}

/** W(t) for the instant column `t` of a row ASOF-joined to the window `w` (0 before every window). */
const workingBefore = (t: string, w: string) =>
  `coalesce(${w}.before_s + least(${t} - ${w}.start_s, ${w}.end_s - ${w}.start_s), 0)`;

/** `lead_clock` (clock_key, working_response_hours, working_age_hours, after_hours) over `leads`. */
export function leadClockCte(ctx: MetricContext, clock: ResolvedClock): string {
  const touch = ctx.known.leads.has('first_touch_at') ? instantSql(ctx, clock, 'first_touch_at') : 'NULL';
  return `lead_clock AS (
  SELECT t.clock_key,
    CASE WHEN t.touch_s IS NOT NULL AND t.created_s IS NOT NULL
      THEN (${workingBefore('t.touch_s', 'wt')} - ${workingBefore('t.created_s', 'wc')}) / 3600 END
      AS working_response_hours,
    CASE WHEN t.created_s IS NOT NULL
      THEN (${clock.asOfEndWorking} - ${workingBefore('t.created_s', 'wc')}) / 3600 END AS working_age_hours,
    lg_arrived_at(t.created_local) = '${ARRIVED_VALUES.after}' AS after_hours
  FROM (SELECT l._key AS clock_key, ${instantSql(ctx, clock, 'created_at')} AS created_s,
      lg_hours_local(l.created_at) AS created_local,
      CAST(${touch} AS DOUBLE) AS touch_s FROM leads l) t
  ASOF LEFT JOIN ${clock.windows} wc ON t.created_s >= wc.start_s
  ASOF LEFT JOIN ${clock.windows} wt ON t.touch_s >= wt.start_s)`;
}

/** The clock's columns for a SELECT over `ck` (lead_clock), or nothing when working hours are off. */
export function clockColumns(ctx: MetricContext): string {
  return ctx.clock ? ', ck.working_response_hours, ck.working_age_hours, ck.after_hours' : '';
}

/** The JOIN that brings `ck` beside a lead `l`, or nothing when off. */
export function clockJoin(ctx: MetricContext): string {
  return ctx.clock ? 'LEFT JOIN lead_clock ck ON ck.clock_key = l._key' : '';
}
