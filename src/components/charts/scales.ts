const percent0 = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** Axis ticks for rates (fractions): 0%, 25%, … — whole percent, the exact value is in the tooltip. */
export const formatPercentTick = (fraction: number) => percent0.format(fraction);

export interface PercentAxis {
  max: number;
  ticks: number[];
}

const STEPS = [0.05, 0.1, 0.2, 0.25, 0.5];

/**
 * A rate axis from 0 to just above the data on round steps (5%, 10%, 20%, 25%, 50%), at most `count`
 * steps, at least 10% tall; the top is the last tick, so the axis never ends between ticks.
 */
export function percentAxis(values: readonly (number | null | undefined)[], count = 5): PercentAxis {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const top = Math.max(0.1, ...finite);
  const steps = (step: number) => Math.max(1, Math.ceil(top / step - 1e-9));
  const step = STEPS.find((s) => steps(s) <= count) ?? Math.ceil(top / count / 0.5) * 0.5;
  const ticks = Array.from({ length: steps(step) + 1 }, (_, i) => Math.round(i * step * 1000) / 1000);
  return { max: ticks[ticks.length - 1] ?? 1, ticks };
}

/** A "nice" step: 1, 2, 2.5 or 5 × 10^n, the smallest that covers `span` in at most `count` steps. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const rough = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= rough - 1e-9 * power) return m * power;
  return 10 * power;
}

export interface NiceAxis {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * An axis on round steps (niceStep) from 0, or from a round value below the data when it goes
 * negative, to the first round value at or above it: ticks at 0/100/200/300/400, never 85/170/255.
 * `integer`: counts, whose step is never below 1.
 */
export function niceAxis(
  values: readonly (number | null | undefined)[],
  { count = 5, integer = false }: { count?: number; integer?: boolean } = {},
): NiceAxis {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  let step = niceStep(high - low || 1, count);
  if (integer) step = Math.max(1, step);
  const round = (n: number) => Number(n.toPrecision(12));
  const min = round(Math.floor(low / step + 1e-9) * step);
  const max = round(Math.max(Math.ceil(high / step - 1e-9) * step, min + step));
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step / 2; i++) ticks.push(round(min + i * step));
  return { min, max, ticks };
}

const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthOnly = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });

/**
 * "2024-03" → "Mar 2024", or "Mar ’24" when short: a month always says its year ("May 25" would read
 * as a day). Anything else is shown as given.
 */
export function formatPeriod(period: string, short = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return short ? `${monthOnly.format(date)} \u2019${match[1]?.slice(2) ?? ''}` : monthYear.format(date);
}
