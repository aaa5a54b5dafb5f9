/** A period's change in words: points for rates, hours for durations, per cent for counts and money, better or worse. Pure. */
import type { PeriodFigures } from '../../lib/metrics';
import { formatCount, formatHours, formatMoney, formatPercent } from '../common/format';

export type ComparedFigure =
  'leads' | 'followUpRate' | 'slaCompliance' | 'neverFollowedUp' | 'wonLeads' | 'leadToWin' | 'wonAmount';

/** Rates change in points, durations in hours (a reader's "2.5 h faster"), counts and money in per cent. */
export type FigureKind = 'count' | 'rate' | 'money' | 'hours';

// The median response and leaked revenue are on the tiles, not here: two more rows put the printed
// Report (which holds this table) on a second page.
export const COMPARED: readonly {
  key: ComparedFigure;
  label: string;
  kind: FigureKind;
  higherIsBetter: boolean;
}[] = [
  { key: 'leads', label: 'Leads', kind: 'count', higherIsBetter: true },
  { key: 'followUpRate', label: 'Followed up', kind: 'rate', higherIsBetter: true },
  { key: 'slaCompliance', label: 'Within SLA', kind: 'rate', higherIsBetter: true },
  { key: 'neverFollowedUp', label: 'Never followed up', kind: 'count', higherIsBetter: false },
  { key: 'wonLeads', label: 'Won leads', kind: 'count', higherIsBetter: true },
  { key: 'leadToWin', label: 'Lead-to-win', kind: 'rate', higherIsBetter: true },
  { key: 'wonAmount', label: 'Won amount', kind: 'money', higherIsBetter: true },
];

export interface Change {
  text: string;
  tone: 'better' | 'worse' | 'same' | 'unknown';
}

/** A change of duration: minutes below an hour (never "0.0 h" for a change), else as durations read. */
function durationText(hours: number): string {
  if (hours === 0) return '0 h';
  return hours < 1 ? `${Math.max(1, Math.round(hours * 60))} min` : formatHours(hours);
}

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `\u2212${text}` : text);

export function change(
  kind: FigureKind,
  higherIsBetter: boolean,
  current: number | null,
  previous: number | null,
): Change {
  if (current === null || previous === null) return { text: '—', tone: 'unknown' };
  const delta = current - previous;
  const tone = delta === 0 ? 'same' : delta > 0 === higherIsBetter ? 'better' : 'worse';
  if (kind === 'rate') {
    const points = Math.abs(delta * 100).toLocaleString('en-US', { maximumFractionDigits: 1 });
    return { text: `${signed(delta, points)} pts`, tone };
  }
  if (kind === 'hours') return { text: signed(delta, durationText(Math.abs(delta))), tone };
  if (previous === 0) return { text: delta === 0 ? 'no change' : 'new', tone };
  const percent = Math.abs((delta / previous) * 100).toLocaleString('en-US', { maximumFractionDigits: 0 });
  return { text: `${signed(delta, `${percent}%`)}`, tone };
}

export function figureText(kind: FigureKind, value: number | null, currency: string): string {
  if (value === null) return 'not in your data';
  if (kind === 'hours') return formatHours(value);
  return kind === 'rate'
    ? formatPercent(value)
    : kind === 'money'
      ? formatMoney(value, currency)
      : formatCount(value);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayText = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d ?? ''} ${MONTHS[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
};

/** "1 Jan 2026 – 10 Jan 2026 (to date)". */
export function windowText(period: Pick<PeriodFigures, 'from' | 'to' | 'toDate'>): string {
  return `${dayText(period.from)} – ${dayText(period.to)}${period.toDate ? ' (to date)' : ''}`;
}
