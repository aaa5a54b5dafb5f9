/**
 * The Overview's answer as words: one sentence from the headline figures (lib/share/overview-figures.ts),
 * cut into parts, each naming the view that explains it. A figure the data cannot give is never written
 * as 0: the sentence says what it can and names what is missing (the registry's sentence).
 */
import type { DashboardViewId } from '../../lib/views';
import { formatCount, formatMoney, formatPercent } from '../common/format';
import { spanWords } from '../common/span-words';

export interface AnswerInputs {
  leads: number;
  neverFollowedUp: number | null;
  leakedRevenue: number | null;
  spanDays: number | null;
  currency: string;
  /** Why each figure is unknown (null when known, or when there is nothing to say). */
  missing: { leads: string | null; followUp: string | null; leaked: string | null; span: string | null };
}

export interface AnswerPart {
  text: string;
  /** The view that explains this part. */
  view?: DashboardViewId;
  /** Which figure the part states (for its data attribute). */
  figure?: 'never' | 'leaked';
}

/** "Needs a created date." → "needs a created date" (it follows a colon). */
const clause = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1).replace(/\.$/, '');
/** The registry's sentence after ours, as it stands under the tiles ("Needs a follow-up column …."). */
const after = (sentence: string | null) => (sentence ? ` ${sentence}` : '');

export function answerParts(a: AnswerInputs): AnswerPart[] {
  const span = a.spanDays === null ? null : spanWords(a.spanDays);
  const when = span === null ? '' : ` ${span}`;
  const spanMissing =
    span === null && a.missing.span
      ? ` (the period they cover is not in your data: ${clause(a.missing.span)})`
      : '';
  if (a.leads === 0) {
    return [
      { text: a.missing.leads ? `No leads in view: ${clause(a.missing.leads)}.` : 'No leads in view.' },
    ];
  }
  const leads = formatCount(a.leads);
  if (a.neverFollowedUp === null) {
    return [
      { text: `${leads} leads${when}${spanMissing}; ` },
      { text: 'whether they were followed up is not in your data', view: 'follow-up' },
      { text: `.${after(a.missing.followUp)}` },
    ];
  }
  if (a.neverFollowedUp === 0) {
    return [
      { text: `All ${leads} of your leads were followed up`, view: 'follow-up', figure: 'never' },
      { text: `${when}${spanMissing}.` },
    ];
  }
  const share = formatPercent(a.neverFollowedUp / a.leads);
  const never: AnswerPart = {
    text: `${formatCount(a.neverFollowedUp)} of your ${leads} leads (${share}) were never followed up`,
    view: 'follow-up',
    figure: 'never',
  };
  if (a.leakedRevenue === null) {
    return [
      never,
      { text: `${when}${spanMissing}; what that cost is not in your data.${after(a.missing.leaked)}` },
    ];
  }
  return [
    never,
    { text: '; ' },
    { text: 'at your own conversion rate', view: 'funnel' },
    { text: ' that is ' },
    { text: `${formatMoney(a.leakedRevenue, a.currency)} of revenue`, view: 'sources', figure: 'leaked' },
    { text: `${when}${spanMissing}.` },
  ];
}
