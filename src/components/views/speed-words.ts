/** Speed to lead in words: band names, "within X", the finding of the curve, and the studies. Pure. */
import { wilson, type SpeedBand, type SpeedBandName } from '../../lib/metrics';
import { formatPercent } from '../common/format';

export const BAND_LABELS: Record<SpeedBandName, string> = {
  '0-5m': '0–5 min',
  '5-30m': '5–30 min',
  '30-60m': '30–60 min',
  '1-4h': '1–4 h',
  '4-24h': '4–24 h',
  '1-2d': '1–2 days',
  '2-7d': '2–7 days',
  '7d+': 'over 7 days',
  unknown: 'followed up, time unknown',
  never: 'never followed up',
};

const WITHIN: Record<number, string> = {
  5: '5 minutes',
  30: '30 minutes',
  60: 'an hour',
  240: '4 hours',
  1440: 'a day',
  2880: '2 days',
  10080: 'a week',
};
export const withinWords = (minutes: number) => WITHIN[minutes] ?? `${minutes} minutes`;

const SHORT: Record<number, string> = {
  5: '5 min',
  30: '30 min',
  60: '1 h',
  240: '4 h',
  1440: '1 day',
  2880: '2 days',
  10080: '1 week',
};
/** "1 h": for a scenario's name ("Answer within 1 h"). */
export const withinShort = (minutes: number) => SHORT[minutes] ?? `${minutes} min`;

/** Fewer leads than this on either side and the curve cannot tell. */
export const TOO_FEW = 30;
const FAST: readonly SpeedBandName[] = ['0-5m', '5-30m', '30-60m'];
const SLOW: readonly SpeedBandName[] = ['1-2d', '2-7d', '7d+'];

export type SpeedBasis = 'won' | 'qualified';

/** Won leads where the data has them, else qualified leads. */
export function speedBasis(bands: readonly SpeedBand[]): SpeedBasis | null {
  const timed = bands.filter((b) => b.band !== 'unknown' && b.band !== 'never');
  if (timed.length === 0 || timed.some((b) => b.leads === null)) return null;
  if (timed.every((b) => b.wonLeads !== null)) return 'won';
  return timed.every((b) => b.qualified !== null) ? 'qualified' : null;
}

function pooled(bands: readonly SpeedBand[], names: readonly SpeedBandName[], basis: SpeedBasis) {
  const group = bands.filter((b) => names.includes(b.band));
  const leads = group.reduce((sum, b) => sum + (b.leads ?? 0), 0);
  const hits = group.reduce((sum, b) => sum + ((basis === 'won' ? b.wonLeads : b.qualified) ?? 0), 0);
  return { leads, rate: leads > 0 ? hits / leads : null, interval: wilson(hits, leads) };
}

export interface SpeedFinding {
  title: string;
  /** Within an hour ÷ after a day, when the counts can tell. */
  ratio: number | null;
  tooFew: boolean;
}

/** Leads answered within an hour against leads answered after a day, in one sentence. */
export function speedFinding(bands: readonly SpeedBand[]): SpeedFinding {
  const basis = speedBasis(bands);
  if (basis === null) return { title: 'Outcomes by how fast leads were answered', ratio: null, tooFew: true };
  const verb = basis === 'won' ? 'won' : 'qualified';
  const fast = pooled(bands, FAST, basis);
  const slow = pooled(bands, SLOW, basis);
  if (fast.leads < TOO_FEW || slow.leads < TOO_FEW) {
    return {
      title: `Too few leads to tell how speed matters: ${fast.leads} answered within an hour, ${slow.leads} after a day (under ${TOO_FEW} on one side)`,
      ratio: null,
      tooFew: true,
    };
  }
  const f = fast.rate ?? 0;
  const s = slow.rate ?? 0;
  const overlap =
    fast.interval !== null &&
    slow.interval !== null &&
    fast.interval.low <= slow.interval.high &&
    slow.interval.low <= fast.interval.high;
  if (overlap) {
    return {
      title: `Leads answered within an hour were ${verb} ${formatPercent(f)} of the time, after a day ${formatPercent(s)}: too close to tell apart at these counts`,
      ratio: null,
      tooFew: false,
    };
  }
  if (s === 0) {
    return {
      title: `Leads answered within an hour were ${verb} ${formatPercent(f)} of the time; none answered after a day was`,
      ratio: null,
      tooFew: false,
    };
  }
  const ratio = f / s;
  const times = `${ratio.toLocaleString('en-US', { maximumFractionDigits: 1 })}x`;
  return {
    title:
      ratio >= 1
        ? `Leads answered within an hour were ${verb} ${times} as often as leads answered after a day`
        : `Leads answered after a day were ${verb} more often than leads answered within an hour (${formatPercent(s)} against ${formatPercent(f)})`,
    ratio,
    tooFew: false,
  };
}

/** The published studies, with what each measured: never revenue, and never the misquoted "100x". */
export const STUDIES = [
  {
    name: 'HBR 2011 (Oldroyd, McElheran and Elkington)',
    measured: 'qualifying the lead (reaching a decision maker), by firm, not by lead',
    sample: '2,241 US firms audited; mostly B2C',
    finding:
      'Firms that answered a web lead within an hour were nearly 7x as likely to qualify it as firms that answered an hour later, and over 60x as likely as firms that waited 24 hours or more. 37% answered within an hour; 23% never answered.',
  },
  {
    name: 'MIT / InsideSales lead response study (2007)',
    measured: 'contacting and qualifying the lead, not revenue',
    sample: '6 companies, 15,000+ leads; the B2C share is not reported',
    finding: 'The odds of qualifying a lead fell 21x from a call within 5 minutes to one at 30 minutes.',
  },
] as const;
