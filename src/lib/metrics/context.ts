/**
 * What every metric query is computed under: the filters, the lead definition (DESIGN.md "What the
 * numbers mean") and which canonical fields the loaded files actually have, so a metric whose inputs
 * are missing is null ("not in your data"), never 0.
 */
import type { WorkingHours } from '../time/working-hours';

export const BLANK = '(blank)';

export interface Filters {
  /** Lead created_at on or after this day (YYYY-MM-DD). */
  createdFrom?: string | undefined;
  /** Lead created_at on or before this day (YYYY-MM-DD, inclusive). */
  createdTo?: string | undefined;
  /** Dimension → accepted values; BLANK stands for an empty value. Keys: source, campaign, owner,
   * status, or an extra column's name (`x_…`). */
  dimensions?: Partial<Record<string, string[]>> | undefined;
}

export interface LeadDefinition {
  slaHours: number;
  /** YYYY-MM-DD set by the user; null: the latest date in the data (see as-of.ts). */
  asOf: string | null;
  /** Statuses that mean "not worked yet"; compared trimmed and case-insensitive; '' is blank. */
  untouchedStatuses: string[];
  /** Statuses that mean "sales-qualified". */
  qualifiedStatuses: string[];
  /**
   * The IANA time zone the export's timestamps are written in; null: the browser's. A value written
   * with its own offset keeps it (KnownFields `utc`). Absent in definitions saved before issue 20.
   */
  timeZone?: string | null | undefined;
  /** Working hours (issue 20); null or absent: off, every figure on the clock. */
  businessHours?: BusinessHours | null | undefined;
}

/** Working hours, and which clock the SLA is judged on. */
export interface BusinessHours extends WorkingHours {
  slaClock: 'working' | 'clock';
}

export const DEFAULT_DEFINITION: LeadDefinition = {
  slaHours: 48,
  asOf: null,
  untouchedStatuses: ['', 'New', 'Open', 'Open - Not Contacted', 'Not Contacted', 'Untouched', 'Unworked'],
  qualifiedStatuses: [
    'Qualified',
    'Sales Qualified Lead',
    'SQL',
    'Open Deal',
    'Opportunity',
    'Customer',
    'Closed - Converted',
    'Converted',
  ],
};

/** Canonical field names mapped in at least one loaded file, per table. */
export interface KnownFields {
  leads: ReadonlySet<string>;
  deals: ReadonlySet<string>;
  /**
   * True when `outcome` is known only because a deals file without an outcome column was taken as a
   * closed-won export: every deal is won, so lost/open counts, win rate and loss reasons are null.
   */
  closedWonOnly?: boolean | undefined;
  /**
   * Lead date fields written with their own UTC offset in some lead file: stored as UTC instants, so
   * the export's time zone does not apply to them (issue 20). The others are wall times in that zone.
   */
  utc?: ReadonlySet<string> | undefined;
}

/** Temp tables holding the lead facts of ALL leads and the deals in scope with nothing filtered, for
 * this context's definition, as-of and data (see materialize.ts); the filters are applied on reading. */
export interface MaterializedFacts {
  facts: string;
  deals: string;
  /**
   * The one stored layout: `facts` holds only the facts that need the deals or the status lists,
   * `deals` only each deal's matched lead's key and created_at, one row per lead/deal of each upload
   * in its order (read upload by upload with a POSITIONAL JOIN).
   */
  layout: 'derived';
  /** The upload ids of the leads and of the deals, each read beside its own rows. */
  leadUploads: readonly number[];
  dealUploads: readonly number[];
  /**
   * Per filtered dimension, the temp table of its codes (dimension-codes.ts): one row per lead in the
   * facts' order, read beside them; the filter on that dimension then compares integers.
   */
  codes?: Readonly<Record<string, string>> | undefined;
  /**
   * The deals' stored lead dimensions (scoped-deals.ts), once made: a dimension filter reads them
   * instead of finding the deals through the filtered leads.
   */
  dealDimensions?: string | undefined;
  /**
   * The cube (summary-cube.ts) of the one dimension the filters select values of, when made: the
   * summary and the periods are read from its rows instead of a scan of every lead.
   */
  cube?: { dimension: string; table: string } | undefined;
}

export interface MetricContext {
  filters: Filters;
  definition: LeadDefinition;
  known: KnownFields;
  /** The as-of instant as YYYY-MM-DD (resolved: the user's, else the data's); ages run to its end. */
  asOf: string;
  /** Working hours resolved for this data (clock.ts); absent: off. */
  clock?: ResolvedClock | undefined;
  /** When set, queries read these tables (filtered by `filters`) instead of recomputing lead facts.
   * Filters may change freely; a change of definition, as-of, known fields or data must drop it. */
  materialized?: MaterializedFacts | undefined;
}

/**
 * Working hours made concrete for the loaded data (clock.ts): a temp table of working windows
 * (`start_s`, `end_s`, `before_s`: UTC epoch seconds and the working seconds of all earlier windows)
 * and the export zone's offsets, to turn wall times into instants in SQL without ICU (STACK.md).
 */
export interface ResolvedClock {
  hours: BusinessHours;
  /** The export's zone (the definition's, else the browser's). */
  exportZone: string;
  windows: string;
  /** The export zone's offset periods over the data: [wall time from (epoch s), offset seconds]. */
  offsets: readonly (readonly [number, number])[];
  /** The end of the as-of day as an instant (epoch s), and the working seconds up to it. */
  asOfEndUtc: number;
  asOfEndWorking: number;
}
