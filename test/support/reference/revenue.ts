/** The revenue family: won and lost deals, amounts, lead-to-win, cycle times and leaked revenue. */
import { DAY } from './model';
import type { Reference } from './reference';
import { count, quantile, rate } from './util';

export function wonDealsInScope(ref: Reference) {
  return ref.scope.filter((d) => d.outcome === 'won');
}

export function revenue(ref: Reference) {
  const f = ref.facts;
  const leads = ref.hasLeads ? f.length : null;
  const wonLeads = ref.hasLeads && ref.wonKnown ? count(f, (x) => x.won) : null;
  const won = wonDealsInScope(ref);
  const wonDeals = ref.wonKnown ? won.length : null;
  const lostDeals = ref.outcomeColumn ? ref.scope.filter((d) => d.outcome === 'lost').length : null;
  const amounts = won.map((d) => d.amount).filter((a): a is number => a !== null);
  const money = ref.amountKnown && ref.wonKnown;
  const wonAmount = money ? amounts.reduce((s, a) => s + a, 0) : null;
  const average = money && amounts.length > 0 ? (wonAmount ?? 0) / amounts.length : null;
  const followed = ref.followUpKnown ? count(f, (x) => x.followedUp) : null;
  const never = ref.followUpKnown ? count(f, (x) => x.followedUp === false) : null;
  const winPerFollowed = rate(wonLeads, followed);
  const cycles = won
    .filter((d) => d.created_at !== null && d.closed_at !== null)
    .map((d) => ((d.closed_at ?? 0) - (d.created_at ?? 0)) / DAY);
  const toWin = f.map((x) => x.daysToWin).filter((d): d is number => d !== null);
  return {
    wonLeads,
    wonDeals,
    lostDeals,
    openDeals: ref.outcomeColumn ? ref.scope.filter((d) => d.outcome === 'open').length : null,
    winRate: wonDeals === null || lostDeals === null ? null : rate(wonDeals, wonDeals + lostDeals),
    wonAmount,
    averageWonAmount: average,
    leadToWin: rate(wonLeads, leads),
    revenuePerLead: rate(wonAmount, leads),
    medianDaysToWin:
      ref.hasLeads && ref.has('created_at') && ref.k.deals.has('closed_at') ? quantile(toWin, 0.5) : null,
    medianDealCycleDays:
      ref.k.deals.has('created_at') && ref.k.deals.has('closed_at') ? quantile(cycles, 0.5) : null,
    leakedRevenue:
      never === null || winPerFollowed === null || average === null ? null : never * winPerFollowed * average,
  };
}
