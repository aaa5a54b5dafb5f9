/**
 * What each Overview tile compares: its figure in the current and the previous period (the JSON's
 * `comparison`), the change in words (comparison-words.ts: points for rates, hours for the response
 * time, per cent for counts and money, toned by what is better for the business), the periods in
 * short, and its last periods for a sparkline. Pure.
 */
import type { Comparison, PeriodFigures } from '../../lib/metrics';
import { change, type Change, type FigureKind } from './comparison-words';

/** Every Overview tile compares. */
export type ComparedTile =
  'leads' | 'never' | 'leaked' | 'followUp' | 'sla' | 'leadToWin' | 'revenuePerLead' | 'response';

interface TileFigure {
  kind: FigureKind;
  higherIsBetter: boolean;
  /** The figure's name in a sentence ("Follow-up rate over the last 12 months"). */
  name: string;
  value: (p: PeriodFigures) => number | null;
}

export const TILE_FIGURES: Record<ComparedTile, TileFigure> = {
  leads: { kind: 'count', higherIsBetter: true, name: 'Leads', value: (p) => p.leads },
  never: {
    kind: 'count',
    higherIsBetter: false,
    name: 'Leads never followed up',
    value: (p) => p.neverFollowedUp,
  },
  leaked: { kind: 'money', higherIsBetter: false, name: 'Leaked revenue', value: (p) => p.leakedRevenue },
  followUp: { kind: 'rate', higherIsBetter: true, name: 'Follow-up rate', value: (p) => p.followUpRate },
  sla: { kind: 'rate', higherIsBetter: true, name: 'SLA compliance', value: (p) => p.slaCompliance },
  leadToWin: { kind: 'rate', higherIsBetter: true, name: 'Lead-to-win', value: (p) => p.leadToWin },
  revenuePerLead: {
    kind: 'money',
    higherIsBetter: true,
    name: 'Revenue per lead',
    value: (p) => (p.wonAmount === null || p.leads === 0 ? null : p.wonAmount / p.leads),
  },
  // Slower is worse: the change reads in hours ("−2.5 h", better).
  response: {
    kind: 'hours',
    higherIsBetter: false,
    name: 'Median response time',
    value: (p) => p.medianResponseHours,
  },
};

export interface TileChange extends Change {
  /** ▲ or ▼ by the sign of the change (the tone says better or worse), '' without one. */
  arrow: string;
  /** "Nov 1–5 vs Oct 1–5". */
  periods: string;
  /** The whole comparison in one sentence, for assistive technology. */
  description: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return { y, m: MONTHS[m - 1] ?? '', d };
};

/** "Oct 1–5", "Dec 29 – Jan 4", "Dec 29, 2025 – Jan 4, 2026" (years only when they differ). */
export function shortRange(from: string, to: string): string {
  const a = parts(from);
  const b = parts(to);
  if (a.y !== b.y) return `${a.m} ${a.d}, ${a.y} – ${b.m} ${b.d}, ${b.y}`;
  if (a.m !== b.m) return `${a.m} ${a.d} – ${b.m} ${b.d}`;
  return a.d === b.d ? `${a.m} ${a.d}` : `${a.m} ${a.d}–${b.d}`;
}

export function tileChange(tile: ComparedTile, comparison: Comparison): TileChange {
  const { kind, higherIsBetter, name, value } = TILE_FIGURES[tile];
  const now = value(comparison.current);
  const then = value(comparison.previous);
  const delta = change(kind, higherIsBetter, now, then);
  const arrow = now === null || then === null || now === then ? '' : now > then ? '▲' : '▼';
  const current = shortRange(comparison.current.from, comparison.current.to);
  const previous = shortRange(comparison.previous.from, comparison.previous.to);
  const toDate = comparison.current.toDate ? ' (to date)' : '';
  const verdict =
    delta.tone === 'unknown'
      ? 'not known for both periods'
      : delta.tone === 'same'
        ? 'no change'
        : `${delta.text}, ${delta.tone}`;
  return {
    ...delta,
    arrow,
    periods: `${current}${toDate} vs ${previous}`,
    description: `${name}, ${current}${toDate} against ${previous}: ${verdict}.`,
  };
}

/** The tile's figure in each period of a series (null where a period cannot say). */
export function seriesValues(tile: ComparedTile, series: readonly PeriodFigures[]): (number | null)[] {
  return series.map(TILE_FIGURES[tile].value);
}
