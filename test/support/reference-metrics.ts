/**
 * An INDEPENDENT implementation of DESIGN.md's "What the numbers mean", in plain TypeScript over rows
 * parsed by papaparse: its own date, number and yes/no parsing, its own deal→lead matching, its own
 * loops. It shares nothing with src/lib/metrics or src/lib/ingest but the result shapes, so the engine's
 * SQL can be checked figure by figure against it.
 *
 * Decisions DESIGN.md leaves open are taken as src/lib/metrics documents them (e.g. fromPrevious of the
 * leads stage is null, age buckets are lower-inclusive, ages run to the end of the as-of day).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export type Filters = {
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  dimensions?: Partial<Record<string, string[]>> | undefined;
};
export interface Definition {
  slaHours: number;
  asOf: string | null;
  untouchedStatuses: string[];
  qualifiedStatuses: string[];
}

const BLANK = '(blank)';
const HOUR = 3_600_000;
const DAY = 86_400_000;

// ---------------------------------------------------------------- parsing

type Raw = Record<string, string>;

function parseCsv(path: string): Raw[] {
  return Papa.parse<Raw>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

const txt = (v: string | undefined): string | null => {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
};

/** `M/D/YYYY`, `M/D/YYYY h:mm AM`, `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` → UTC wall-clock ms. */
export function parseDate(v: string | undefined): number | null {
  const t = txt(v);
  if (t === null) return null;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))? ?(AM|PM))?$/i.exec(t);
  if (m) {
    let hour = Number(m[4] ?? 0) % 12;
    if ((m[7] ?? '').toUpperCase() === 'PM') hour += 12;
    return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5] ?? 0), Number(m[6] ?? 0));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) {
    return Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
    );
  }
  throw new Error(`reference: unreadable date ${t}`);
}

function parseNumber(v: string | undefined): number | null {
  const t = txt(v);
  if (t === null) return null;
  const n = Number(t.replace(/[^0-9.-]/g, ''));
  if (!Number.isFinite(n)) throw new Error(`reference: unreadable number ${t}`);
  return n;
}

function parseYesNo(v: string | undefined): boolean | null {
  const t = txt(v)?.toLowerCase() ?? null;
  if (t === null) return null;
  if (['1', 'true', 'yes'].includes(t)) return true;
  if (['0', 'false', 'no'].includes(t)) return false;
  throw new Error(`reference: unreadable yes/no ${t}`);
}

function parseOutcome(v: string | undefined): 'won' | 'lost' | 'open' | null {
  const t = txt(v)?.toLowerCase() ?? null;
  if (t === null) return null;
  if (t.includes('lost')) return 'lost';
  if (t.includes('won')) return 'won';
  return 'open';
}

// ---------------------------------------------------------------- data

export interface RefLead {
  key: number;
  lead_id: string | null;
  created_at: number | null;
  source: string | null;
  campaign: string | null;
  owner: string | null;
  status: string | null;
  first_touch_at: number | null;
  touches: number | null;
  last_touch_at: number | null;
  qualified_at: number | null;
  converted_at: number | null;
  converted: boolean | null;
  email: string | null;
  company: string | null;
  extra: Record<string, string | null>;
}

export interface RefDeal {
  key: number;
  deal_id: string | null;
  lead_id: string | null;
  email: string | null;
  company: string | null;
  created_at: number | null;
  closed_at: number | null;
  outcome: 'won' | 'lost' | 'open' | null;
  amount: number | null;
  owner: string | null;
  source: string | null;
  loss_reason: string | null;
}

/** Which header of the file holds each field (absent: the file does not have it). */
export interface LeadSpec {
  path: string;
  columns: Partial<Record<Exclude<keyof RefLead, 'key' | 'extra'>, string>>;
  /** Extra dimension name (`x_…`) → header. */
  extras?: Record<string, string>;
}
export interface DealSpec {
  path: string;
  columns: Partial<Record<Exclude<keyof RefDeal, 'key'>, string>>;
}

export interface RefData {
  leads: RefLead[];
  deals: RefDeal[];
  /** deal key → lead key */
  match: Map<number, number>;
  known: { leads: Set<string>; deals: Set<string>; closedWonOnly: boolean };
}

const LEAD_TIMES = ['created_at', 'first_touch_at', 'last_touch_at', 'qualified_at', 'converted_at'] as const;

export function loadReference(spec: { leads?: LeadSpec; deals?: DealSpec }): RefData {
  const leads: RefLead[] = [];
  const deals: RefDeal[] = [];
  const known = { leads: new Set<string>(), deals: new Set<string>(), closedWonOnly: false };
  if (spec.leads) {
    const c = spec.leads.columns;
    for (const f of Object.keys(c)) known.leads.add(f);
    const get = (row: Raw, f: keyof typeof c) => (c[f] === undefined ? undefined : row[c[f] ?? '']);
    parseCsv(spec.leads.path).forEach((row, i) => {
      leads.push({
        key: i,
        lead_id: txt(get(row, 'lead_id')),
        created_at: parseDate(get(row, 'created_at')),
        source: txt(get(row, 'source')),
        campaign: txt(get(row, 'campaign')),
        owner: txt(get(row, 'owner')),
        status: txt(get(row, 'status')),
        first_touch_at: parseDate(get(row, 'first_touch_at')),
        touches: parseNumber(get(row, 'touches')),
        last_touch_at: parseDate(get(row, 'last_touch_at')),
        qualified_at: parseDate(get(row, 'qualified_at')),
        converted_at: parseDate(get(row, 'converted_at')),
        converted: parseYesNo(get(row, 'converted')),
        email: txt(get(row, 'email')),
        company: txt(get(row, 'company')),
        extra: Object.fromEntries(Object.entries(spec.leads?.extras ?? {}).map(([n, h]) => [n, txt(row[h])])),
      });
    });
  }
  if (spec.deals) {
    const c = spec.deals.columns;
    for (const f of Object.keys(c)) known.deals.add(f);
    if (c.outcome === undefined) {
      known.deals.add('outcome');
      known.closedWonOnly = true;
    }
    const get = (row: Raw, f: keyof typeof c) => (c[f] === undefined ? undefined : row[c[f] ?? '']);
    parseCsv(spec.deals.path).forEach((row, i) => {
      deals.push({
        key: i,
        deal_id: txt(get(row, 'deal_id')),
        lead_id: txt(get(row, 'lead_id')),
        email: txt(get(row, 'email')),
        company: txt(get(row, 'company')),
        created_at: parseDate(get(row, 'created_at')),
        closed_at: parseDate(get(row, 'closed_at')),
        outcome: c.outcome === undefined ? 'won' : parseOutcome(get(row, 'outcome')),
        amount: parseNumber(get(row, 'amount')),
        owner: txt(get(row, 'owner')),
        source: txt(get(row, 'source')),
        loss_reason: txt(get(row, 'loss_reason')),
      });
    });
  }
  return { leads, deals, match: matchDeals(leads, deals), known };
}

/** DESIGN.md: by lead_id, else email, else company (trimmed, case-insensitive); the latest lead created
 * at or before the deal's created (else closed) date, else the earliest lead. Ties: first in the file. */
function matchDeals(leads: RefLead[], deals: RefDeal[]): Map<number, number> {
  const norm = (v: string | null) => (v ?? '').trim().toLowerCase();
  const rules = (['lead_id', 'email', 'company'] as const).map((field) => {
    const index = new Map<string, RefLead[]>();
    for (const lead of leads) {
      const k = norm(lead[field]);
      if (k !== '') index.set(k, [...(index.get(k) ?? []), lead]);
    }
    return { field, index };
  });
  const match = new Map<number, number>();
  for (const deal of deals) {
    const at = deal.created_at ?? deal.closed_at;
    for (const { field, index } of rules) {
      const candidates = norm(deal[field]) === '' ? [] : (index.get(norm(deal[field])) ?? []);
      if (candidates.length === 0) continue;
      let best: RefLead | null = null;
      for (const lead of candidates) {
        if (at === null || lead.created_at === null || lead.created_at > at) continue;
        if (best === null || (best.created_at ?? 0) < lead.created_at) best = lead;
      }
      if (best === null) {
        for (const lead of candidates) {
          const c = lead.created_at ?? Infinity;
          if (best === null || c < (best.created_at ?? Infinity)) best = lead;
        }
      }
      if (best) match.set(deal.key, best.key);
      break;
    }
  }
  return match;
}

// ---------------------------------------------------------------- helpers

const lowerSet = (values: string[]) => new Set(values.map((v) => v.trim().toLowerCase()));
const statusKey = (status: string | null) => (status ?? '').trim().toLowerCase();
const rate = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const wallClock = (ms: number | null) =>
  ms === null ? null : new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Linear interpolation between closest ranks (DuckDB's quantile_cont). */
export function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (pos - lo) * (b - a);
}

/** Groups by key, rows sorted by size (desc) then key (code-point order, as DuckDB compares text). */
function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || cmp(a[0], b[0]));
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const count = <T>(items: T[], test: (item: T) => boolean | null) =>
  items.filter((i) => test(i) === true).length;

// ---------------------------------------------------------------- facts per lead

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

function keepLead(lead: RefLead, filters: Filters, except?: string): boolean {
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

export class Reference {
  readonly asOf: string;
  readonly end: number;
  readonly facts: Fact[];
  readonly scope: RefDeal[];
  private readonly k: RefData['known'];

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
  private has(field: string) {
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

  factsFor(filters: Filters, except?: string): Fact[] {
    const untouched = lowerSet(this.def.untouchedStatuses);
    const qualifiedStatuses = lowerSet(this.def.qualifiedStatuses);
    const dealsOf = new Map<number, RefDeal[]>();
    for (const deal of this.data.deals) {
      const leadKey = this.data.match.get(deal.key);
      if (leadKey !== undefined) dealsOf.set(leadKey, [...(dealsOf.get(leadKey) ?? []), deal]);
    }
    const sla = this.def.slaHours;
    return this.data.leads
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
          (this.has('status') && !untouched.has(statusKey(lead.status))) ||
          linked;
        const followedUp = this.followUpKnown ? touched : null;
        const response =
          lead.first_touch_at !== null && lead.created_at !== null
            ? (lead.first_touch_at - lead.created_at) / HOUR
            : null;
        const ageHours = lead.created_at === null ? null : (this.end - lead.created_at) / HOUR;
        const ageDays = lead.created_at === null ? null : (this.end - lead.created_at) / DAY;
        let state: Fact['sla'] = null;
        if (this.slaKnown) {
          if (lead.first_touch_at !== null) {
            if (response !== null && response >= 0) state = response <= sla ? 'within' : 'breached';
          } else if (followedUp === false && ageHours !== null)
            state = ageHours > sla ? 'breached' : 'pending';
        }
        const qualified =
          lead.qualified_at !== null ||
          (this.has('status') && qualifiedStatuses.has(statusKey(lead.status))) ||
          convertedFlag ||
          linked;
        const isWon = this.wonKnown ? won.length > 0 : null;
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
          qualified: this.qualifiedKnown ? qualified : null,
          opportunity: this.opportunityKnown ? convertedFlag || linked : null,
          won: isWon,
          wonAmount: amounts.length > 0 ? amounts.reduce((s, a) => s + a, 0) : null,
          daysToWin:
            isWon && firstClose !== null && lead.created_at !== null
              ? (firstClose - lead.created_at) / DAY
              : null,
        };
      });
  }

  // ------------------------------------------------------------ families

  private counts(facts: Fact[]) {
    const won = this.hasLeads && this.wonKnown ? count(facts, (f) => f.won) : null;
    return [
      this.hasLeads ? facts.length : null,
      this.followUpKnown ? count(facts, (f) => f.followedUp) : null,
      this.qualifiedKnown ? count(facts, (f) => f.qualified) : null,
      this.opportunityKnown ? count(facts, (f) => f.opportunity) : null,
      won,
    ];
  }

  private stages(counts: (number | null)[]) {
    const names = ['leads', 'followed_up', 'qualified', 'opportunity', 'won'];
    const leads = counts[0] ?? null;
    return names.map((stage, i) => {
      const c = counts[i] ?? null;
      let previous: number | null = null;
      for (let j = i - 1; j >= 0 && previous === null; j--) previous = counts[j] ?? null;
      return {
        stage,
        count: c,
        fromPrevious: i === 0 || c === null ? null : rate(c, previous),
        fromLeads: c === null ? null : rate(c, leads),
      };
    });
  }

  funnel() {
    return this.stages(this.counts(this.facts));
  }

  followUp() {
    const f = this.facts;
    const fu = this.followUpKnown;
    const sla = this.slaKnown;
    const responses = f.map((x) => x.response).filter((r): r is number => r !== null && r >= 0);
    const within = sla ? count(f, (x) => x.sla === 'within') : null;
    const breached = sla ? count(f, (x) => x.sla === 'breached') : null;
    const followedUp = fu ? count(f, (x) => x.followedUp) : null;
    const buckets: [string, number, number][] = [
      ['0-2d', -Infinity, 2],
      ['2-7d', 2, 7],
      ['7-30d', 7, 30],
      ['30-90d', 30, 90],
      ['90d+', 90, Infinity],
    ];
    return {
      followedUp,
      neverFollowedUp: fu ? count(f, (x) => x.followedUp === false) : null,
      rate: rate(followedUp, f.length),
      medianResponseHours: sla ? quantile(responses, 0.5) : null,
      p90ResponseHours: sla ? quantile(responses, 0.9) : null,
      withinSla: within,
      breachedSla: breached,
      pendingSla: sla ? count(f, (x) => x.sla === 'pending') : null,
      slaCompliance: within === null || breached === null ? null : rate(within, within + breached),
      untouchedByAge:
        fu && this.has('created_at')
          ? buckets.map(([bucket, lo, hi]) => ({
              bucket,
              count: count(
                f,
                (x) => x.followedUp === false && x.ageDays !== null && x.ageDays >= lo && x.ageDays < hi,
              ),
            }))
          : null,
      negativeResponses: sla ? count(f, (x) => x.response !== null && x.response < 0) : null,
      followedUpAtUnknownTime: sla
        ? count(f, (x) => x.followedUp === true && x.lead.first_touch_at === null)
        : null,
    };
  }

  private wonDeals() {
    return this.scope.filter((d) => d.outcome === 'won');
  }

  revenue() {
    const f = this.facts;
    const leads = this.hasLeads ? f.length : null;
    const wonLeads = this.hasLeads && this.wonKnown ? count(f, (x) => x.won) : null;
    const won = this.wonDeals();
    const wonDeals = this.wonKnown ? won.length : null;
    const lostDeals = this.outcomeColumn ? this.scope.filter((d) => d.outcome === 'lost').length : null;
    const amounts = won.map((d) => d.amount).filter((a): a is number => a !== null);
    const money = this.amountKnown && this.wonKnown;
    const wonAmount = money ? amounts.reduce((s, a) => s + a, 0) : null;
    const average = money && amounts.length > 0 ? (wonAmount ?? 0) / amounts.length : null;
    const followed = this.followUpKnown ? count(f, (x) => x.followedUp) : null;
    const never = this.followUpKnown ? count(f, (x) => x.followedUp === false) : null;
    const winPerFollowed = rate(wonLeads, followed);
    const cycles = won
      .filter((d) => d.created_at !== null && d.closed_at !== null)
      .map((d) => ((d.closed_at ?? 0) - (d.created_at ?? 0)) / DAY);
    const toWin = f.map((x) => x.daysToWin).filter((d): d is number => d !== null);
    return {
      wonLeads,
      wonDeals,
      lostDeals,
      openDeals: this.outcomeColumn ? this.scope.filter((d) => d.outcome === 'open').length : null,
      winRate: wonDeals === null || lostDeals === null ? null : rate(wonDeals, wonDeals + lostDeals),
      wonAmount,
      averageWonAmount: average,
      leadToWin: rate(wonLeads, leads),
      revenuePerLead: rate(wonAmount, leads),
      medianDaysToWin:
        this.hasLeads && this.has('created_at') && this.k.deals.has('closed_at')
          ? quantile(toWin, 0.5)
          : null,
      medianDealCycleDays:
        this.k.deals.has('created_at') && this.k.deals.has('closed_at') ? quantile(cycles, 0.5) : null,
      leakedRevenue:
        never === null || winPerFollowed === null || average === null
          ? null
          : never * winPerFollowed * average,
    };
  }

  private sumWon(facts: Fact[]) {
    return facts.reduce((s, x) => s + (x.wonAmount ?? 0), 0);
  }

  bySource() {
    if (!this.has('source')) return null;
    return groupBy(this.facts, (x) => x.lead.source ?? BLANK).map(([source, g]) => {
      const followedUp = this.followUpKnown ? count(g, (x) => x.followedUp) : null;
      const wonLeads = this.wonKnown ? count(g, (x) => x.won) : null;
      const wonAmount = this.wonKnown && this.amountKnown ? this.sumWon(g) : null;
      return {
        source,
        leads: g.length,
        followedUp,
        followUpRate: rate(followedUp, g.length),
        wonLeads,
        leadToWin: rate(wonLeads, g.length),
        wonAmount,
        revenuePerLead: rate(wonAmount, g.length),
      };
    });
  }

  /** Any dimension, its own filter ignored, most leads first, at most 500 values. */
  byDimension(dimension: string) {
    if (!(dimension.startsWith('x_') ? this.hasLeads : this.has(dimension))) return null;
    const value = (lead: RefLead) =>
      (dimension.startsWith('x_') ? lead.extra[dimension] : (lead[dimension as 'source'] as string | null)) ??
      BLANK;
    return groupBy(this.factsFor(this.filters, dimension), (x) => value(x.lead))
      .slice(0, 500)
      .map(([v, g]) => {
        const followedUp = this.followUpKnown ? count(g, (x) => x.followedUp) : null;
        const wonLeads = this.wonKnown ? count(g, (x) => x.won) : null;
        const wonAmount = this.wonKnown && this.amountKnown ? this.sumWon(g) : null;
        return {
          value: v,
          leads: g.length,
          followedUp,
          followUpRate: rate(followedUp, g.length),
          wonLeads,
          leadToWin: rate(wonLeads, g.length),
          wonAmount,
          revenuePerLead: rate(wonAmount, g.length),
        };
      });
  }

  byOwner() {
    if (!this.has('owner')) return null;
    return groupBy(this.facts, (x) => x.lead.owner ?? BLANK).map(([owner, g]) => {
      const followedUp = this.followUpKnown ? count(g, (x) => x.followedUp) : null;
      const within = count(g, (x) => x.sla === 'within');
      const breached = count(g, (x) => x.sla === 'breached');
      const created = g.map((x) => x.lead.created_at).filter((t): t is number => t !== null);
      let months: number | null = null;
      if (created.length > 0) {
        const first = new Date(Math.min(...created));
        const last = new Date(Math.max(...created));
        months =
          (last.getUTCFullYear() - first.getUTCFullYear()) * 12 +
          last.getUTCMonth() -
          first.getUTCMonth() +
          1;
      }
      return {
        owner,
        leads: g.length,
        followedUp,
        followUpRate: rate(followedUp, g.length),
        medianResponseHours: this.slaKnown
          ? quantile(
              g.map((x) => x.response).filter((r): r is number => r !== null && r >= 0),
              0.5,
            )
          : null,
        slaCompliance: this.slaKnown ? rate(within, within + breached) : null,
        wonLeads: this.wonKnown ? count(g, (x) => x.won) : null,
        wonAmount: this.wonKnown && this.amountKnown ? this.sumWon(g) : null,
        leadsPerMonth: this.has('created_at') ? rate(created.length, months) : null,
      };
    });
  }

  trend() {
    if (!this.hasLeads || !this.has('created_at')) return null;
    const dated = this.facts.filter((x) => x.lead.created_at !== null);
    return groupBy(dated, (x) => month(x.lead.created_at ?? 0))
      .sort((a, b) => cmp(a[0], b[0]))
      .map(([m, g]) => {
        const followedUp = this.followUpKnown ? count(g, (x) => x.followedUp) : null;
        const wonLeads = this.wonKnown ? count(g, (x) => x.won) : null;
        return {
          month: m,
          leads: g.length,
          followedUp,
          followUpRate: rate(followedUp, g.length),
          wonLeads,
          leadToWin: rate(wonLeads, g.length),
        };
      });
  }

  responseDistribution() {
    if (!this.slaKnown) return null;
    const sla = this.def.slaHours;
    const edges = [...new Set([1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336, 720, sla])].sort((a, b) => a - b);
    const responses = this.facts.map((x) => x.response).filter((r): r is number => r !== null);
    const bins = [0, ...edges].map((fromHours, i) => {
      const toHours = edges[i] ?? null;
      return {
        fromHours,
        toHours,
        count: responses.filter(
          (r) => r >= 0 && r > (i === 0 ? -1 : fromHours) && (toHours === null || r <= toHours),
        ).length,
        band: toHours !== null && toHours <= sla ? 'within' : 'breached',
      };
    });
    return {
      bins,
      responses: responses.filter((r) => r >= 0).length,
      negative: responses.filter((r) => r < 0).length,
    };
  }

  segmented(by: 'source' | 'owner', top: number) {
    if (!this.has(by)) return null;
    const groups = groupBy(this.facts, (x) => x.lead[by] ?? BLANK);
    const rows = groups
      .slice(0, top)
      .map(([segment, g]) => ({ segment, other: false, stages: this.stages(this.counts(g)) }));
    const rest = groups.slice(top).flatMap(([, g]) => g);
    if (rest.length > 0) rows.push({ segment: 'Other', other: true, stages: this.stages(this.counts(rest)) });
    return rows;
  }

  capacity() {
    if (!this.has('owner') || !this.has('created_at')) return null;
    const dated = this.facts.filter((x) => x.lead.created_at !== null);
    return groupBy(dated, (x) => `${x.lead.owner ?? BLANK}\u0000${month(x.lead.created_at ?? 0)}`)
      .sort((a, b) => cmp(a[0], b[0]))
      .map(([key, g]) => {
        const [owner = '', m = ''] = key.split('\u0000');
        const followedUp = this.followUpKnown ? count(g, (x) => x.followedUp) : null;
        return { owner, month: m, leads: g.length, followedUp, followUpRate: rate(followedUp, g.length) };
      });
  }

  dimensionValues(dimension: string, limit = 500) {
    if (!(dimension.startsWith('x_') ? this.hasLeads : this.has(dimension))) return null;
    const leads = this.data.leads.filter((lead) => keepLead(lead, this.filters, dimension));
    const value = (lead: RefLead) =>
      (dimension.startsWith('x_') ? lead.extra[dimension] : (lead[dimension as 'source'] as string | null)) ??
      BLANK;
    return groupBy(leads, value)
      .slice(0, limit)
      .map(([v, g]) => ({ value: v, leads: g.length }));
  }

  lostReasons() {
    if (!this.outcomeColumn || !this.k.deals.has('loss_reason')) return null;
    return groupBy(
      this.scope.filter((d) => d.outcome === 'lost'),
      (d) => d.loss_reason ?? BLANK,
    ).map(([reason, g]) => ({
      reason,
      deals: g.length,
      amount: this.amountKnown ? g.reduce((s, d) => s + (d.amount ?? 0), 0) : null,
    }));
  }

  unmatched(limit = 500) {
    const deals = this.data.deals.filter((d) => !this.data.match.has(d.key));
    const sorted = [...deals].sort(
      (a, b) => (b.amount ?? -Infinity) - (a.amount ?? -Infinity) || cmp(a.deal_id ?? '', b.deal_id ?? ''),
    );
    return {
      count: deals.length,
      totalAmount: this.amountKnown ? deals.reduce((s, d) => s + (d.amount ?? 0), 0) : null,
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

  /** Reps with follow-up ≥ overall (owner filter ignored), best rate, then fewest leads this month. */
  redirectCandidates() {
    const facts = this.factsFor(this.filters, 'owner');
    const total = facts.length;
    const followed = count(facts, (x) => x.followedUp);
    const start = Date.UTC(Number(this.asOf.slice(0, 4)), Number(this.asOf.slice(5, 7)) - 1, 1);
    const reps = groupBy(
      facts.filter((x) => x.lead.owner !== null),
      (x) => x.lead.owner ?? '',
    ).map(([owner, g]) => {
      const f = count(g, (x) => x.followedUp);
      return {
        owner,
        leads: g.length,
        followedUp: f,
        followUpRate: f / g.length,
        leadsThisMonth: count(
          g,
          (x) => x.lead.created_at !== null && x.lead.created_at >= start && x.lead.created_at < this.end,
        ),
      };
    });
    return reps
      .filter((r) => r.followedUp * total >= followed * r.leads)
      .sort(
        (a, b) =>
          b.followUpRate - a.followUpRate || a.leadsThisMonth - b.leadsThisMonth || cmp(a.owner, b.owner),
      );
  }

  redirect(limit?: number) {
    if (!this.followUpKnown || !this.has('created_at')) return null;
    const sla = this.def.slaHours;
    const due = this.facts
      .filter((x) => x.followedUp === false && x.ageHours !== null && x.ageHours > sla)
      .sort((a, b) => (b.lead.created_at ?? 0) - (a.lead.created_at ?? 0) || a.lead.key - b.lead.key);
    const candidates = this.redirectCandidates();
    const reps = candidates.map((c) => c.owner);
    let turn = 0;
    const rows = due.slice(0, limit ?? due.length).map((x) => {
      let suggested: string | null = null;
      if (reps.length > 0) {
        suggested = reps[turn % reps.length] ?? null;
        if (suggested === x.lead.owner) {
          if (reps.length === 1) suggested = null;
          else {
            turn += 1;
            suggested = reps[turn % reps.length] ?? null;
          }
        }
        if (suggested !== null) turn += 1;
      }
      return {
        leadId: x.lead.lead_id,
        owner: x.lead.owner,
        createdAt: wallClock(x.lead.created_at),
        ageDays: x.ageDays ?? 0,
        suggestedOwner: suggested,
      };
    });
    return { total: due.length, rows, candidates };
  }

  prefill() {
    const f = this.facts;
    const leads = this.hasLeads ? f.length : null;
    const followed = this.followUpKnown ? count(f, (x) => x.followedUp) : null;
    const qualified = this.qualifiedKnown ? count(f, (x) => x.qualified) : null;
    const won = this.hasLeads && this.wonKnown ? count(f, (x) => x.won) : null;
    const created = this.data.leads.map((l) => l.created_at).filter((t): t is number => t !== null);
    let span: number | null = null;
    let firstDay: string | null = null;
    let lastDay: string | null = null;
    if (this.has('created_at') && created.length > 0) {
      let first = isoDay(Math.min(...created));
      let last = isoDay(Math.max(...created));
      if (this.filters.createdFrom && this.filters.createdFrom > first) first = this.filters.createdFrom;
      if (this.filters.createdTo && this.filters.createdTo < last) last = this.filters.createdTo;
      const days = (dayMs(last) - dayMs(first)) / DAY + 1;
      if (days > 0) [span, firstDay, lastDay] = [days, first, last];
    }
    const nurturing = (x: Fact) => /nurtur/i.test(x.lead.status ?? '');
    const hasNurture = this.data.leads.some((l) => /nurtur/i.test(l.status ?? ''));
    const pool = f.filter((x) => x.followedUp === true && x.qualified === false);
    const amounts = this.wonDeals()
      .map((d) => d.amount)
      .filter((a): a is number => a !== null);
    return {
      inboundLeads: leads === null || span === null ? null : (leads * 365) / span,
      leadsInData: leads,
      firstDay,
      lastDay,
      spanDays: span,
      followUpRate: rate(followed, leads),
      leadToSqlRate: rate(qualified, followed),
      sqlCloseRate: rate(won, qualified),
      averageDeal:
        this.amountKnown && this.wonKnown && amounts.length > 0
          ? amounts.reduce((s, a) => s + a, 0) / amounts.length
          : null,
      nurturedShare:
        this.has('status') && this.followUpKnown && this.qualifiedKnown && hasNurture
          ? rate(pool.filter(nurturing).length, pool.length)
          : null,
    };
  }

  viewCounts() {
    return { leads: this.facts.length, deals: this.scope.length };
  }
}
