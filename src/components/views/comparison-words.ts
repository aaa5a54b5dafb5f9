/** A period's change in words: points for rates, per cent for counts and money, better or worse. Pure. */
import type { PeriodFigures } from '../../lib/metrics';
import { formatCount, formatMoney, formatPercent } from '../common/format';

export type ComparedFigure =
  'leads' | 'followUpRate' | 'slaCompliance' | 'neverFollowedUp' | 'wonLeads' | 'leadToWin' | 'wonAmount';

export const COMPARED: readonly {
  key: ComparedFigure;
  label: string;
  kind: 'count' | 'rate' | 'money';
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

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `\u2212${text}` : text);

export function change(
  kind: 'count' | 'rate' | 'money',
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
  if (previous === 0) return { text: delta === 0 ? 'no change' : 'new', tone };
  const percent = Math.abs((delta / previous) * 100).toLocaleString('en-US', { maximumFractionDigits: 0 });
  return { text: `${signed(delta, `${percent}%`)}`, tone };
}

export function figureText(kind: 'count' | 'rate' | 'money', value: number | null, currency: string): string {
  if (value === null) return 'not in your data';
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
