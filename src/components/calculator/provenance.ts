import {
  FOLLOW_UP_AUDITED,
  FOLLOW_UP_TYPICAL,
  NURTURE_SHARE,
  SQL_CLOSE_AVERAGE,
  SQL_CLOSE_BEST_IN_CLASS,
  type CalculatorField,
  type Provenance,
} from '../../lib/calculator';
import { percent } from './calc-format';

/** "your data" / "benchmark · McDade (average)" / "your assumption" (DESIGN.md's three words). */
export function provenanceText(provenance: Provenance): string {
  if (provenance.kind === 'data') return 'your data';
  if (provenance.kind === 'benchmark') return `benchmark · ${provenance.source}`;
  if (provenance.kind === 'empty') return 'not entered yet: needed for the GAP';
  return 'your assumption';
}

/** The published figures beside an input, so the user can pick one knowingly. */
export const FIELD_HINTS: Partial<Record<CalculatorField, string>> = {
  followUpRate: `About ${percent(FOLLOW_UP_TYPICAL.value)} (${FOLLOW_UP_TYPICAL.source}); ${percent(FOLLOW_UP_AUDITED.low)}–${percent(FOLLOW_UP_AUDITED.high)} in ${FOLLOW_UP_AUDITED.source}'s audits.`,
  sqlCloseRate: `${percent(SQL_CLOSE_AVERAGE.value)} average, ${percent(SQL_CLOSE_BEST_IN_CLASS.value)} best in class (${SQL_CLOSE_AVERAGE.source}).`,
  nurturedShare: `${percent(NURTURE_SHARE.low)}–${percent(NURTURE_SHARE.high)} of dispositions go to nurturing (${NURTURE_SHARE.source}).`,
  leadToSqlRate: 'Of the leads followed up, the share that became sales-qualified.',
  retentionRate: 'Share of last period’s revenue you keep (renewals, repeat business).',
  nurtureToSqlRate: 'Of the nurtured leads, the share that later became sales-qualified.',
  inboundLeads: 'Inquiries per period, before any follow-up.',
};
