/**
 * The `report` key of the share state: the lead follow-up report's aggregates (report-figures.ts) as
 * the sender saw them, carried only by a link to the Report view, so that someone who opens it
 * without the data still reads the report. Counts, rates and amounts; owners only as "Rep A"…
 * (pseudonymisedReport), at most MAX_REPORT_OWNERS of them; no rows.
 *
 * Like the figures section it has its own version (`v`), checks every figure's type and range, caps
 * its JSON at MAX_REPORT_JSON characters and reads only the keys below.
 */
import { AGE_BUCKETS } from '../metrics';
import { dayEpoch } from '../metrics/filters';
import type { ReportFigures } from './report-figures';
import { decoded, rejected, type Decoded } from './result';
import { versionedSection } from './versioned-section';
import {
  arr,
  bool,
  check,
  count,
  day,
  fail,
  nullable,
  obj,
  oneOf,
  rate,
  round,
  within,
  type Check,
} from './schema';

export const REPORT_VERSION = 1;
export const MAX_REPORT_OWNERS = 12;
/** Twelve reps and twelve waiting owners take about 1,500 characters. */
export const MAX_REPORT_JSON = 3_000;

const MAX_AMOUNT = 1e15;

/** A figure added to the periods later: a link made before it has none, read as not known. */
const added =
  (inner: Check<number>): Check<number | null> =>
  (value, path) =>
    value === undefined || value === null ? null : inner(value, path);
const alias: Check<string> = (value, path) =>
  typeof value === 'string' && /^Rep [A-Z]{1,3}$/.test(value) ? value : fail(path, 'is not a rep alias');

const period = obj({
  from: day,
  to: day,
  toDate: bool,
  leads: count,
  followedUp: nullable(count),
  followUpRate: rate,
  withinSla: nullable(count),
  slaCompliance: rate,
  neverFollowedUp: nullable(count),
  wonLeads: nullable(count),
  wonAmount: nullable(within(-MAX_AMOUNT, MAX_AMOUNT)),
  leadToWin: rate,
  medianResponseHours: added(within(0, 1e9)),
  leakedRevenue: added(within(-MAX_AMOUNT, MAX_AMOUNT)),
});

const SHAPE = obj({
  comparison: obj({
    granularity: oneOf(['week', 'month', 'quarter', 'custom'] as const),
    current: period,
    previous: period,
  }),
  reps: arr(
    obj({ owner: alias, leads: count, followUpRate: rate, previousLeads: count, previousRate: rate }),
    MAX_REPORT_OWNERS,
  ),
  waiting: nullable(count),
  waitingByOwner: arr(obj({ owner: alias, untouched: count }), MAX_REPORT_OWNERS),
  waitingByAge: nullable(
    arr(obj({ bucket: oneOf(AGE_BUCKETS.map((b) => b.bucket)), count }), AGE_BUCKETS.length),
  ),
});

const roundPeriod = <
  P extends {
    followUpRate: number | null;
    slaCompliance: number | null;
    leadToWin: number | null;
    wonAmount: number | null;
    medianResponseHours: number | null;
    leakedRevenue: number | null;
  },
>(
  p: P,
): P => ({
  ...p,
  followUpRate: round(p.followUpRate, 6),
  slaCompliance: round(p.slaCompliance, 6),
  leadToWin: round(p.leadToWin, 6),
  wonAmount: round(p.wonAmount, 2),
  medianResponseHours: round(p.medianResponseHours, 6),
  leakedRevenue: round(p.leakedRevenue, 2),
});

export function encodeReportSection(report: ReportFigures): Record<string, unknown> {
  return {
    v: REPORT_VERSION,
    comparison: {
      granularity: report.comparison.granularity,
      current: roundPeriod(report.comparison.current),
      previous: roundPeriod(report.comparison.previous),
    },
    reps: report.reps.map((r) => ({
      ...r,
      followUpRate: round(r.followUpRate, 6),
      previousRate: round(r.previousRate, 6),
    })),
    waiting: report.waiting,
    waitingByOwner: report.waitingByOwner,
    waitingByAge: report.waitingByAge,
  };
}

type Period = ReportFigures['comparison']['current'];

function periodProblem(p: Period, name: string): string | null {
  if (dayEpoch(p.from) > dayEpoch(p.to)) return `the ${name} period ends before it starts`;
  for (const part of [p.followedUp, p.withinSla, p.neverFollowedUp, p.wonLeads]) {
    if (part !== null && part > p.leads) return `the ${name} period counts more leads in a part than in all`;
  }
  return null;
}

export function decodeReportSection(raw: unknown): Decoded<ReportFigures> {
  const section = versionedSection(raw, {
    version: REPORT_VERSION,
    maxJson: MAX_REPORT_JSON,
    format: 'report',
    plural: false,
    capWords: 'a report takes',
  });
  if (!section.ok) return section;
  const result = check(SHAPE, section.value, 'report');
  if (!result.ok) return result;
  const report = result.value;
  const problem =
    periodProblem(report.comparison.current, 'current') ??
    periodProblem(report.comparison.previous, 'previous');
  return problem ? rejected(problem) : decoded(report);
}
