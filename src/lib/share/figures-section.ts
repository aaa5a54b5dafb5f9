/**
 * The `figures` key of the share state: the Overview's headline figures (overview-figures.ts) as the
 * sender saw them, so that someone who opens the link without the data still sees the answer. Only
 * aggregates: counts, rates, amounts, hours, the span's two days, the currency and the day the copy
 * was made; no names, no dimension values (the filters section already says which ones are in view).
 *
 * The section has its own version (`v`); a higher one is refused, since its figures may mean something
 * else. Each figure is checked for type and range, the section's JSON is capped at MAX_FIGURES_JSON
 * characters, and only the keys below are read, so nothing else can ride along in it.
 */
import { isCurrencyCode } from '../calculator';
import { dayEpoch } from '../metrics/filters';
import type { OverviewFigures } from './overview-figures';
import { decoded, rejected, type Decoded } from './result';
import { bool, check, count, day, fail, nullable, obj, rate, round, within, type Check } from './schema';
import { versionedSection } from './versioned-section';

export const FIGURES_VERSION = 1;
/** The section's JSON, at most (a dozen figures take about 400). */
export const MAX_FIGURES_JSON = 600;

export interface SharedFigures extends OverviewFigures {
  /** The sender's day when the figures were computed (YYYY-MM-DD). */
  made: string;
  /** The currency the amounts are in. */
  currency: string;
  /** The SLA the SLA compliance was counted against. */
  slaHours: number;
}

const MAX_AMOUNT = 1e15;
const MAX_HOURS = 24 * 365 * 100;
const MAX_SPAN_DAYS = 366 * 100;

const amount = nullable(within(-MAX_AMOUNT, MAX_AMOUNT));
const currency: Check<string> = (value, path) =>
  isCurrencyCode(value) ? value : fail(path, 'is not a three-letter currency code');

const SHAPE = obj({
  made: day,
  currency,
  slaHours: within(0.01, 24 * 365),
  leads: count,
  neverFollowedUp: nullable(count),
  followUpRate: rate,
  slaCompliance: rate,
  medianResponseHours: nullable(within(0, MAX_HOURS)),
  leakedRevenue: amount,
  leadToWin: rate,
  revenuePerLead: amount,
  averageWonAmount: amount,
  firstDay: nullable(day),
  lastDay: nullable(day),
  spanDays: nullable(within(1, MAX_SPAN_DAYS, true)),
  unlinked: bool,
});

export function encodeFiguresSection(f: SharedFigures): Record<string, unknown> {
  return {
    v: FIGURES_VERSION,
    made: f.made,
    currency: f.currency,
    slaHours: f.slaHours,
    leads: f.leads,
    neverFollowedUp: f.neverFollowedUp,
    followUpRate: round(f.followUpRate, 6),
    slaCompliance: round(f.slaCompliance, 6),
    medianResponseHours: round(f.medianResponseHours, 3),
    leakedRevenue: round(f.leakedRevenue, 2),
    leadToWin: round(f.leadToWin, 6),
    revenuePerLead: round(f.revenuePerLead, 2),
    averageWonAmount: round(f.averageWonAmount, 2),
    firstDay: f.firstDay,
    lastDay: f.lastDay,
    spanDays: f.spanDays,
    unlinked: f.unlinked,
  };
}

export function decodeFiguresSection(raw: unknown): Decoded<SharedFigures> {
  const section = versionedSection(raw, {
    version: FIGURES_VERSION,
    maxJson: MAX_FIGURES_JSON,
    format: 'figures',
    plural: true,
    capWords: 'headline figures take',
  });
  if (!section.ok) return section;
  const result = check(SHAPE, section.value, 'figures');
  if (!result.ok) return result;
  const f = result.value;
  if (f.neverFollowedUp !== null && f.neverFollowedUp > f.leads) {
    return rejected('more leads were never followed up than there are leads');
  }
  const spanParts = [f.firstDay, f.lastDay, f.spanDays].filter((part) => part !== null).length;
  if (spanParts !== 0 && spanParts !== 3) return rejected('the span has some of its days but not all');
  if (f.firstDay !== null && f.lastDay !== null && f.spanDays !== null) {
    const days = (dayEpoch(f.lastDay) - dayEpoch(f.firstDay)) / 86400 + 1;
    if (days !== f.spanDays) return rejected(`the span ${f.firstDay}…${f.lastDay} is not ${f.spanDays} days`);
  }
  return decoded(f);
}
