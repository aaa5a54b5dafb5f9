/** Deal-side lists: lost reasons and the deals no lead matched. */
import { BLANK } from './model';
import type { Reference } from './reference';
import { cmp, groupBy, wallClock } from './util';

export function lostReasons(ref: Reference) {
  if (!ref.outcomeColumn || !ref.k.deals.has('loss_reason')) return null;
  return groupBy(
    ref.scope.filter((d) => d.outcome === 'lost'),
    (d) => d.loss_reason ?? BLANK,
  ).map(([reason, g]) => ({
    reason,
    deals: g.length,
    amount: ref.amountKnown ? g.reduce((s, d) => s + (d.amount ?? 0), 0) : null,
  }));
}

export function unmatched(ref: Reference, limit = 500) {
  const deals = ref.data.deals.filter((d) => !ref.data.match.has(d.key));
  const sorted = [...deals].sort(
    (a, b) => (b.amount ?? -Infinity) - (a.amount ?? -Infinity) || cmp(a.deal_id ?? '', b.deal_id ?? ''),
  );
  return {
    count: deals.length,
    totalAmount: ref.amountKnown ? deals.reduce((s, d) => s + (d.amount ?? 0), 0) : null,
    deals: sorted.slice(0, limit).map((d) => ({
      dealId: d.deal_id,
      company: d.company,
      email: d.email,
      owner: d.owner,
      outcome: d.outcome,
      amount: d.amount,
      createdAt: wallClock(d.created_at),
      closedAt: wallClock(d.closed_at),
    })),
  };
}
