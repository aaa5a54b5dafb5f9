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

const monthLong = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** "2024-03" → "Mar 2024" (or "Mar 24" when short); anything else is shown as given. */
export function formatPeriod(period: string, short = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return (short ? monthShort : monthLong).format(date);
}
