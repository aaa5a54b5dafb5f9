/**
 * Calculator prefill (grain: the filtered leads and the deals in scope): the GAP calculator's inputs
 * the data can answer, each null when it cannot.
 * - inboundLeads: leads per year = filtered leads × 365 / spanDays, where spanDays counts the calendar
 *   days from the first to the last lead created in the WHOLE dataset (the period the export covers),
 *   narrowed to the created-date filter when one is set. `leadsInData` is the raw count.
 * - followUpRate = followed-up / leads.
 * - leadToSqlRate = qualified / followed-up leads: the GAP formula's "lead→SQL %", applied after the
 *   follow-up %, so its base is the followed-up leads, not all leads.
 * - sqlCloseRate = won leads / qualified leads; averageDeal = average won amount.
 * - followedLeads, qualifiedLeads, wonLeads, linkedDeals: the counts calculatorPrefill splits the
 *   rates from, so that they multiply back to won leads / leads (prefill-split.ts).
 * - nurturedShare = followed-up, not-qualified leads whose status names nurturing ("nurtur…", any
 *   case) / followed-up, not-qualified leads — the formula's share of the (1 − lead→SQL) remainder that
 *   goes into nurturing. Null when no status in the data names nurturing.
 */
import {
  PERIOD_MONTHS,
  PERIOD_WORDS,
  splitRates,
  type CalculatorPeriod,
  type CalculatorPrefill,
} from '../calculator';
import type { MetricContext } from './context';
import { dayEpoch } from './filters';
import { leadFacts } from './lead-facts';
import { anyNurtureSql } from './lead-status';
import { knowledge } from './known';
import { int, num, only, ratio, text, when, type Query } from './query';
import { followUpRate } from './rates';

export interface PrefillFigures {
  inboundLeads: number | null;
  leadsInData: number | null;
  /** The period the leads were counted over (YYYY-MM-DD, inclusive) and its length in days. */
  firstDay: string | null;
  lastDay: string | null;
  spanDays: number | null;
  followUpRate: number | null;
  leadToSqlRate: number | null;
  sqlCloseRate: number | null;
  averageDeal: number | null;
  nurturedShare: number | null;
  /** The counts the rates come from (null where the data cannot say), for the split in calculatorPrefill. */
  followedLeads: number | null;
  qualifiedLeads: number | null;
  wonLeads: number | null;
  /** Deals in scope linked to a lead: 0 means won leads are unknown, not none. */
  linkedDeals: number | null;
}

/** The data's first..last day (YYYY-MM-DD) narrowed to the filter range, and its days, inclusive. Pure. */
export function leadPeriod(
  first: string | null,
  last: string | null,
  from?: string | undefined,
  to?: string | undefined,
): { firstDay: string; lastDay: string; days: number } | null {
  if (first === null || last === null) return null;
  const firstDay = from && from > first ? from : first;
  const lastDay = to && to < last ? to : last;
  const days = (dayEpoch(lastDay) - dayEpoch(firstDay)) / 86400 + 1;
  return days > 0 ? { firstDay, lastDay, days } : null;
}

export function calculatorPrefillQuery(ctx: MetricContext): Query<PrefillFigures> {
  const k = knowledge(ctx.known);
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT * FROM
      (SELECT count(*) AS leads,
        count_if(followed_up) AS followed,
        count_if(qualified) AS qualified,
        count_if(won) AS won,
        count_if(followed_up AND qualified = false AND nurture_status) AS nurtured,
        count_if(followed_up AND qualified = false) AS not_qualified
       FROM lead_facts) AS f,
      (SELECT strftime(min(created_at), '%Y-%m-%d') AS first_day, strftime(max(created_at), '%Y-%m-%d') AS last_day
       FROM leads) AS a,
      ${anyNurtureSql(ctx.materialized)} AS n,
      (SELECT avg(amount) FILTER (WHERE outcome = 'won') AS average_won, count(*) AS linked_deals FROM scoped_deals) AS d`,
    parse: (rows) => {
      const row = only(rows);
      const leads = k.hasLeads ? int(row['leads']) : null;
      const followed = when(k.followUp, int(row['followed']));
      const qualified = when(k.qualified, int(row['qualified']));
      const won = when(k.hasLeads && k.won, int(row['won']));
      const period = k.created
        ? leadPeriod(
            text(row['first_day']),
            text(row['last_day']),
            ctx.filters.createdFrom,
            ctx.filters.createdTo,
          )
        : null;
      const span = period?.days ?? null;
      const nurture = k.status && k.followUp && k.qualified && row['any_nurture'] === true;
      return {
        inboundLeads: leads === null || span === null ? null : (leads * 365) / span,
        leadsInData: leads,
        firstDay: period?.firstDay ?? null,
        lastDay: period?.lastDay ?? null,
        spanDays: span,
        followUpRate: followUpRate(followed, leads),
        leadToSqlRate: ratio(qualified, followed),
        sqlCloseRate: ratio(won, qualified),
        averageDeal: k.amount && k.won ? num(row['average_won']) : null,
        nurturedShare: nurture ? ratio(int(row['nurtured']), int(row['not_qualified'])) : null,
        followedLeads: followed,
        qualifiedLeads: qualified,
        wonLeads: won,
        linkedDeals: k.won ? int(row['linked_deals']) : null,
      };
    },
  };
}

/**
 * The calculator's inputs as the data gives them, for the calculator's period: inbound leads are the
 * yearly rate scaled to the period; the three rates split so that they multiply back to the data's
 * lead-to-win (lib/calculator/prefill-split.ts). Pure: the Calculator view and the exported calculator
 * block both take it from the engine's `calculatorPrefill` figures.
 */
export function calculatorPrefill(p: PrefillFigures, period: CalculatorPeriod): CalculatorPrefill {
  const share = PERIOD_MONTHS[period] / 12;
  const periodDays = 365 * share;
  const linked = p.linkedDeals === null || p.linkedDeals > 0;
  const split = splitRates({
    leads: p.leadsInData,
    followed: p.followedLeads,
    qualified: p.qualifiedLeads,
    won: linked ? p.wonLeads : null,
  });
  // Unlinked deals say more than the split's "won leads are not in your data": one note, not two.
  const notes = linked ? [...split.notes] : split.notes.filter((n) => !n.startsWith('Won leads'));
  if (!linked) {
    notes.push(
      'No deal is linked to a lead: average deal size is unknown (enter yours), and SQL close rate is the benchmark.',
    );
  }
  return {
    inboundLeads: p.inboundLeads === null ? null : p.inboundLeads * share,
    followUpRate: split.followUpRate,
    leadToSqlRate: split.leadToSqlRate,
    sqlCloseRate: split.sqlCloseRate,
    averageDeal: linked ? p.averageDeal : null,
    nurturedShare: p.nurturedShare,
    periodLabel: PERIOD_WORDS[period],
    basis:
      p.leadsInData === null || p.spanDays === null
        ? 'your data'
        : `${Math.round(p.leadsInData).toLocaleString()} leads over ${Math.round(p.spanDays).toLocaleString()} days, scaled to ${PERIOD_WORDS[period]}`,
    sources: split.sources,
    notes,
    // Deals loaded but what a won lead is worth unknown (none linked, no amount, none won): asked for.
    unknown: p.linkedDeals !== null && (!linked || p.averageDeal === null) ? ['averageDeal'] : [],
    spanDays: p.spanDays,
    periodDays,
    periodScale: p.spanDays === null ? null : periodDays / p.spanDays,
  };
}
