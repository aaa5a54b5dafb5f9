/**
 * Which canonical fields the loaded files really have (grain: the loaded uploads). A column that no
 * upload mapped exists in the table as NULLs; metrics that need it are null, never 0.
 */
import type { Db } from '../db';
import type { Mapping } from '../ingest/automap';
import { fieldsOf, type TableKind } from '../ingest/fields';
import type { KnownFields } from './context';
import { ARRIVED } from './filters';

export interface UploadMapping {
  kind: TableKind;
  mapping: Mapping;
  /** A deals file without an outcome column taken as a closed-won export: `outcome` is known. */
  closedWonAssumed?: boolean | undefined;
  /** Columns whose dates carry their own UTC offset (ingest ColumnFormats `zoned`). */
  zoned?: readonly number[] | undefined;
}

export function knownFields(uploads: readonly UploadMapping[]): KnownFields {
  const leads = new Set<string>();
  const deals = new Set<string>();
  const utc = new Set<string>();
  let outcomeColumn = false;
  let assumed = false;
  for (const upload of uploads) {
    const target = upload.kind === 'leads' ? leads : deals;
    for (const [field, column] of Object.entries(upload.mapping)) {
      if (column === undefined) continue;
      target.add(field);
      if (upload.kind === 'leads' && upload.zoned?.includes(column)) utc.add(field);
    }
    if (upload.kind === 'deals') {
      if (upload.mapping['outcome'] !== undefined) outcomeColumn = true;
      else if (upload.closedWonAssumed) {
        deals.add('outcome');
        assumed = true;
      }
    }
  }
  return { leads, deals, closedWonOnly: assumed && !outcomeColumn, ...(utc.size > 0 ? { utc } : {}) };
}

/**
 * Fallback when the mappings are not at hand: a field is known when its column has a value. A deals
 * table whose every outcome is 'won' is taken as a closed-won export (a pipeline export with no lost
 * and no open deal at all is implausible; a closed-won one is common). Pass `knownFields(uploads)`
 * when possible: a mapped column that is blank throughout is known there, unknown here.
 */
export async function inferKnownFields(db: Db): Promise<KnownFields> {
  const result: Record<TableKind, Set<string>> = { leads: new Set(), deals: new Set() };
  let closedWonOnly = false;
  for (const kind of ['leads', 'deals'] as const) {
    const fields = fieldsOf(kind).map((field) => field.name);
    const extra = kind === 'deals' ? `, count(*) FILTER (WHERE outcome <> 'won') AS not_won` : '';
    const [row] = await db.query<Record<string, number>>(
      `SELECT ${fields.map((name) => `count(${name}) AS ${name}`).join(', ')}${extra} FROM ${kind}`,
    );
    for (const name of fields) if ((row?.[name] ?? 0) > 0) result[kind].add(name);
    if (kind === 'deals') closedWonOnly = (row?.['outcome'] ?? 0) > 0 && (row?.['not_won'] ?? 0) === 0;
  }
  return { leads: result.leads, deals: result.deals, closedWonOnly };
}

/** The questions the metrics ask of `KnownFields`, in one place (DESIGN.md "What the numbers mean"). */
export function knowledge(known: KnownFields) {
  const lead = (...names: string[]) => names.some((name) => known.leads.has(name));
  const hasLeads = known.leads.size > 0;
  const hasDeals = known.deals.size > 0;
  const outcome = known.deals.has('outcome');
  return {
    hasLeads,
    hasDeals,
    /** Followed up: first_touch_at, last_touch_at, touches, status (deal links alone do not count). */
    followUp: hasLeads && lead('first_touch_at', 'last_touch_at', 'touches', 'status'),
    /** Response time and SLA need a first-touch time. */
    firstTouch: known.leads.has('first_touch_at'),
    created: known.leads.has('created_at'),
    /** Qualified: qualified_at, status, converted (converted_at is the same field, as a date). */
    qualified: hasLeads && lead('qualified_at', 'status', 'converted', 'converted_at'),
    /** Opportunity: converted (flag or date); a deal link alone does not make the stage known. */
    opportunity: hasLeads && lead('converted', 'converted_at'),
    /** Won: a deals file with outcomes (a closed-won export counts: every deal is won). */
    won: outcome,
    /** Lost and open deals, win rate, loss reasons: a real outcome column. */
    outcomeColumn: outcome && !known.closedWonOnly,
    amount: known.deals.has('amount'),
    dealCreated: known.deals.has('created_at'),
    closed: known.deals.has('closed_at'),
    lossReason: known.deals.has('loss_reason'),
    status: known.leads.has('status'),
    dimension: (name: string) =>
      name.startsWith('x_')
        ? hasLeads
        : name === ARRIVED
          ? known.leads.has('created_at')
          : known.leads.has(name),
  };
}

export type Knowledge = ReturnType<typeof knowledge>;
