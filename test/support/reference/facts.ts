/** What the reference knows about each lead (followed up, SLA state, qualified, won, ...) and the as-of day. */
import {
  DAY,
  HOUR,
  BLANK,
  LEAD_TIMES,
  type Filters,
  type RefData,
  type RefDeal,
  type RefLead,
} from './model';
import type { Reference } from './reference';
import { dayMs, isoDay, lowerSet, statusKey } from './util';

export interface Fact {
  lead: RefLead;
  linked: boolean;
  followedUp: boolean | null;
  response: number | null;
  ageHours: number | null;
  ageDays: number | null;
  sla: 'within' | 'breached' | 'pending' | null;
  qualified: boolean | null;
  opportunity: boolean | null;
  won: boolean | null;
  wonAmount: number | null;
  daysToWin: number | null;
}

export function referenceAsOf(data: RefData): string | null {
  let latest: number | null = null;
  for (const lead of data.leads)
    for (const f of LEAD_TIMES) {
      const t = lead[f];
      if (t !== null && (latest === null || t > latest)) latest = t;
    }
  if (latest === null)
    for (const deal of data.deals)
      if (deal.outcome === 'won' || deal.outcome === 'lost')
        for (const t of [deal.created_at, deal.closed_at])
          if (t !== null && (latest === null || t > latest)) latest = t;
  return latest === null ? null : isoDay(latest);
}

export function keepLead(lead: RefLead, filters: Filters, except?: string): boolean {
  if (filters.createdFrom && (lead.created_at === null || lead.created_at < dayMs(filters.createdFrom)))
    return false;
  if (filters.createdTo && (lead.created_at === null || lead.created_at >= dayMs(filters.createdTo) + DAY))
    return false;
  for (const [dim, values] of Object.entries(filters.dimensions ?? {})) {
    if (dim === except || !values || values.length === 0) continue;
    const value = dim.startsWith('x_') ? lead.extra[dim] : (lead[dim as 'source'] as string | null);
    if (!values.includes(value ?? BLANK)) return false;
  }
  return true;
}

export function factsFor(ref: Reference, filters: Filters, except?: string): Fact[] {
  const untouched = lowerSet(ref.def.untouchedStatuses);
  const qualifiedStatuses = lowerSet(ref.def.qualifiedStatuses);
  const dealsOf = new Map<number, RefDeal[]>();
  for (const deal of ref.data.deals) {
    const leadKey = ref.data.match.get(deal.key);
    if (leadKey !== undefined) dealsOf.set(leadKey, [...(dealsOf.get(leadKey) ?? []), deal]);
  }
  const sla = ref.def.slaHours;
  return ref.data.leads
    .filter((lead) => keepLead(lead, filters, except))
    .map((lead) => {
      const deals = dealsOf.get(lead.key) ?? [];
      const linked = deals.length > 0;
      const won = deals.filter((d) => d.outcome === 'won');
      const convertedFlag = lead.converted === true || lead.converted_at !== null;
      const touched =
        lead.first_touch_at !== null ||
        lead.last_touch_at !== null ||
        (lead.touches ?? 0) > 0 ||
        (ref.has('status') && !untouched.has(statusKey(lead.status))) ||
        linked;
      const followedUp = ref.followUpKnown ? touched : null;
      const response =
        lead.first_touch_at !== null && lead.created_at !== null
          ? (lead.first_touch_at - lead.created_at) / HOUR
          : null;
      const ageHours = lead.created_at === null ? null : (ref.end - lead.created_at) / HOUR;
      const ageDays = lead.created_at === null ? null : (ref.end - lead.created_at) / DAY;
      let state: Fact['sla'] = null;
      if (ref.slaKnown) {
        if (lead.first_touch_at !== null) {
          if (response !== null && response >= 0) state = response <= sla ? 'within' : 'breached';
        } else if (followedUp === false && ageHours !== null) state = ageHours > sla ? 'breached' : 'pending';
      }
      const qualified =
        lead.qualified_at !== null ||
        (ref.has('status') && qualifiedStatuses.has(statusKey(lead.status))) ||
        convertedFlag ||
        linked;
      const isWon = ref.wonKnown ? won.length > 0 : null;
      const closes = won.map((d) => d.closed_at).filter((t): t is number => t !== null);
      const firstClose = closes.length > 0 ? Math.min(...closes) : null;
      const amounts = won.map((d) => d.amount).filter((a): a is number => a !== null);
      return {
        lead,
        linked,
        followedUp,
        response,
        ageHours,
        ageDays,
        sla: state,
        qualified: ref.qualifiedKnown ? qualified : null,
        opportunity: ref.opportunityKnown ? convertedFlag || linked : null,
        won: isWon,
        wonAmount: amounts.length > 0 ? amounts.reduce((s, a) => s + a, 0) : null,
        daysToWin:
          isWon && firstClose !== null && lead.created_at !== null
            ? (firstClose - lead.created_at) / DAY
            : null,
      };
    });
}
