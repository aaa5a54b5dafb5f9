/**
 * The reference's view of one scenario (data, filters, definition): which fields are known, the facts
 * per lead in view, the deals in scope, and one method per metric family, each computed in its own
 * file of this folder.
 */
import { capacity, byDimension, byOwner, bySource, dimensionValues, trend } from './breakdowns';
import { lostReasons, unmatched } from './deals';
import { factsFor, referenceAsOf, type Fact } from './facts';
import { followUp, responseDistribution } from './follow-up';
import { funnel, segmented } from './funnel';
import { DAY, type Definition, type Filters, type RefData, type RefDeal } from './model';
import { prefill } from './prefill';
import { redirect, redirectCandidates } from './redirect';
import { revenue } from './revenue';
import { comparison, comparisonBy } from './comparison';
import { speedToLead } from './speed';
import { dayMs, isoDay } from './util';

export class Reference {
  readonly asOf: string;
  readonly end: number;
  readonly facts: Fact[];
  readonly scope: RefDeal[];
  readonly k: RefData['known'];

  constructor(
    readonly data: RefData,
    readonly filters: Filters,
    readonly def: Definition,
  ) {
    this.k = data.known;
    this.asOf = def.asOf ?? referenceAsOf(data) ?? isoDay(Date.now());
    this.end = dayMs(this.asOf) + DAY;
    this.facts = this.factsFor(filters);
    if (this.hasLeads) {
      const keys = new Set(this.facts.map((f) => f.lead.key));
      this.scope = data.deals.filter((d) => keys.has(data.match.get(d.key) ?? -1));
    } else this.scope = data.deals;
  }

  get hasLeads() {
    return this.k.leads.size > 0;
  }
  has(field: string) {
    return this.k.leads.has(field);
  }
  get followUpKnown() {
    return this.hasLeads && ['first_touch_at', 'last_touch_at', 'touches', 'status'].some((f) => this.has(f));
  }
  get qualifiedKnown() {
    return this.hasLeads && ['qualified_at', 'status', 'converted', 'converted_at'].some((f) => this.has(f));
  }
  get opportunityKnown() {
    return this.hasLeads && (this.has('converted') || this.has('converted_at'));
  }
  get wonKnown() {
    return this.k.deals.has('outcome');
  }
  get outcomeColumn() {
    return this.wonKnown && !this.k.closedWonOnly;
  }
  get amountKnown() {
    return this.k.deals.has('amount');
  }
  get slaKnown() {
    return this.has('first_touch_at');
  }

  /** The same data and definition under other filters (a comparison's windows). */
  withFilters(filters: Filters): Reference {
    return new Reference(this.data, filters, this.def);
  }

  factsFor(filters: Filters, except?: string): Fact[] {
    return factsFor(this, filters, except);
  }

  funnel() {
    return funnel(this);
  }
  followUp() {
    return followUp(this);
  }
  revenue() {
    return revenue(this);
  }
  bySource() {
    return bySource(this);
  }
  /** Any dimension, its own filter ignored, most leads first, at most 500 values. */
  byDimension(dimension: string) {
    return byDimension(this, dimension);
  }
  byOwner() {
    return byOwner(this);
  }
  trend() {
    return trend(this);
  }
  responseDistribution() {
    return responseDistribution(this);
  }
  segmented(by: 'source' | 'owner', top: number) {
    return segmented(this, by, top);
  }
  capacity() {
    return capacity(this);
  }
  dimensionValues(dimension: string, limit = 500) {
    return dimensionValues(this, dimension, limit);
  }
  lostReasons() {
    return lostReasons(this);
  }
  unmatched(limit = 500) {
    return unmatched(this, limit);
  }
  /** Reps with follow-up ≥ overall (owner filter ignored), best rate, then fewest leads this month. */
  redirectCandidates() {
    return redirectCandidates(this);
  }
  redirect(limit?: number) {
    return redirect(this, limit);
  }
  prefill() {
    return prefill(this);
  }
  comparison(granularity: 'week' | 'month' | 'quarter' = 'month') {
    return comparison(this, granularity);
  }
  comparisonBy(dimension: string, granularity: 'week' | 'month' | 'quarter' = 'month') {
    return comparisonBy(this, dimension, granularity);
  }
  speedToLead(withinMinutes = 60) {
    return speedToLead(this, withinMinutes);
  }

  viewCounts() {
    return { leads: this.facts.length, deals: this.scope.length };
  }
}
