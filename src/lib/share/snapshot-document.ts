/**
 * The snapshot: the aggregated results of every view (snapshot-catalog.ts) under one set of filters
 * and one lead definition, with the calculator, as JSON (`leadgap.snapshot/1`). No row of the
 * uploads is in it: no lead ids, no e-mails, no names of leads; owner names are pseudonymised
 * ("Rep A", …) unless the user opts in (snapshot-privacy.ts).
 *
 * `decodeSnapshot` checks a document from outside (a file someone sent) like a link: known keys
 * only, every result against its schema, sizes capped. It never throws.
 */
import type { Filters, KnownFields, LeadDefinition, MetricContext } from '../metrics/context';
import { isDimension } from '../metrics/filters';
import { decodeCalculatorSection, type SharedCalculator } from './calculator-section';
import { decodeDefinitionSection } from './definition-section';
import { decodeFiltersSection } from './filters-section';
import { checkNotes, type Note } from './notes-section';
import { isRecord, own, rejected, decoded, type Decoded } from './result';
import { arr, bool, check, day, fail, fromDecoder, nullable, num, obj, oneOf, optional, str } from './schema';
import { snapshotCatalog } from './snapshot-catalog';
import { SHARED_VIEWS, type SharedView } from './view-section';

export const SNAPSHOT_SCHEMA = 'leadgap.snapshot/1';

export interface SnapshotFile {
  kind: 'leads' | 'deals';
  fileName: string;
  rows: number;
}

export interface SnapshotDimension {
  column: string;
  label: string;
}

export interface SnapshotDocument {
  schema: typeof SNAPSHOT_SCHEMA;
  /** ISO instant the snapshot was made. */
  createdAt: string;
  /** 'pseudonymised': owners are "Rep A", "Rep B"… everywhere; 'included': their real names. */
  ownerNames: 'pseudonymised' | 'included';
  files: SnapshotFile[];
  /** What every figure was computed under (filters as shown: owner names pseudonymised too). */
  context: {
    filters: Filters;
    definition: LeadDefinition;
    known: { leads: string[]; deals: string[]; closedWonOnly: boolean };
    asOf: string;
  };
  /** The Sources view's group-by columns (privacy: columns that could identify leads are left out). */
  dimensions: SnapshotDimension[];
  /** Labels of the columns left out of `dimensions`, to say so. */
  hiddenDimensions: string[];
  view: SharedView;
  calculator: SharedCalculator & { selectedId: string | null; dataBasis: string | null };
  /** Catalog key → that metric's result. */
  results: Record<string, unknown>;
  /** The notes on the timeline (absent from snapshots made before there were notes). */
  notes?: Note[];
}

/** The metric context a snapshot's figures were computed under. */
export function snapshotContext(doc: SnapshotDocument): MetricContext {
  const known: KnownFields = {
    leads: new Set(doc.context.known.leads),
    deals: new Set(doc.context.known.deals),
    closedWonOnly: doc.context.known.closedWonOnly,
  };
  return { filters: doc.context.filters, definition: doc.context.definition, known, asOf: doc.context.asOf };
}

/** The largest snapshot JSON read (a 1M-lead dataset's aggregates are well under 1 MB). */
const MAX_SNAPSHOT_JSON = 40 * 1024 * 1024;

const field = str(64);
const fieldName = (value: unknown, path: string): string => {
  const name = field(value, path);
  return /^[a-z][a-z0-9_]*$/.test(name) ? name : fail(path, 'is not a field name');
};
const dimensionName = (value: unknown, path: string): string => {
  const name = field(value, path);
  return isDimension(name) ? name : fail(path, 'is not a lead column');
};

const header = obj({
  schema: oneOf([SNAPSHOT_SCHEMA] as const),
  createdAt: str(40),
  ownerNames: oneOf(['pseudonymised', 'included'] as const),
  files: arr(obj({ kind: oneOf(['leads', 'deals'] as const), fileName: str(300), rows: num }), 100),
  context: obj({
    filters: fromDecoder(decodeFiltersSection),
    definition: fromDecoder(decodeDefinitionSection),
    known: obj({
      leads: arr(fieldName, 60),
      deals: arr(fieldName, 60),
      closedWonOnly: bool,
    }),
    asOf: day,
  }),
  dimensions: arr(obj({ column: dimensionName, label: str(300) }), 200),
  hiddenDimensions: arr(str(300), 500),
  view: oneOf(SHARED_VIEWS),
  calculatorExtras: optional(obj({ selectedId: nullable(str(64)), dataBasis: nullable(str(300)) })),
  notes: optional(fromDecoder(checkNotes)),
});

/** Checks a parsed snapshot JSON value. */
export function decodeSnapshot(raw: unknown): Decoded<SnapshotDocument> {
  if (!isRecord(raw)) return rejected('it is not a LeadGap snapshot (no snapshot data in it)');
  const schema = own(raw, 'schema');
  if (typeof schema === 'string' && /^leadgap\.snapshot\/\d+$/.test(schema) && schema !== SNAPSHOT_SCHEMA) {
    return rejected(
      `it was made by another version of LeadGap (${schema.slice(0, 40)}; this one reads ${SNAPSHOT_SCHEMA})`,
    );
  }
  const head = check(header, { ...raw, calculatorExtras: calculatorExtras(own(raw, 'calculator')) });
  if (!head.ok) return rejected(`its ${head.error}`);
  const calculator = decodeCalculatorSection(own(raw, 'calculator'));
  if (!calculator.ok) return rejected(`its calculator: ${calculator.error}`);
  const results = own(raw, 'results');
  if (!isRecord(results)) return rejected('its results are missing');
  const out: Record<string, unknown> = {};
  const catalog = snapshotCatalog(head.value.dimensions.map((d) => d.column));
  for (const entry of catalog) {
    const value = own(results, entry.key);
    if (value === undefined) continue;
    const result = check(entry.schema, value, `results.${entry.key}`);
    if (!result.ok) return rejected(`its ${result.error}`);
    out[entry.key] = result.value;
  }
  const { calculatorExtras: extras, notes, ...rest } = head.value;
  return decoded(
    {
      ...rest,
      calculator: {
        ...calculator.value,
        selectedId: extras?.selectedId ?? null,
        dataBasis: extras?.dataBasis ?? null,
      },
      results: out,
      ...(notes ? { notes } : {}),
    },
    calculator.warnings,
  );
}

function calculatorExtras(raw: unknown) {
  if (!isRecord(raw)) return undefined;
  return { selectedId: own(raw, 'selectedId') ?? null, dataBasis: own(raw, 'dataBasis') ?? null };
}

/** Parses and checks snapshot JSON text. */
export function parseSnapshotJson(text: string): Decoded<SnapshotDocument> {
  if (text.length > MAX_SNAPSHOT_JSON) return rejected('it is larger than any snapshot LeadGap makes');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return rejected('its data is damaged (not valid JSON): the file may be cut short');
  }
  return decodeSnapshot(json);
}
