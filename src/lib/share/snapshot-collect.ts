/**
 * Builds a snapshot document from the live data: runs every catalog metric for the current state
 * (through `run`, the engine's `run` for that state, so this stays free of DuckDB and computes what
 * the views and the JSON export compute), keeps only what is safe to share (see snapshot-privacy.ts)
 * and returns the document. Row-level lists are never run.
 */
import type {
  CapacityPoint,
  DimensionRow,
  FunnelSegment,
  MetricContext,
  MetricName,
  OwnerRow,
  SegmentChange,
} from '../metrics';
import { describeFilters } from '../metrics/filters';
import type { Note } from './notes-section';
import type { SharedCalculator } from './calculator-section';
import { dimensionKey, snapshotCatalog } from './snapshot-catalog';
import {
  SNAPSHOT_SCHEMA,
  type SnapshotDimension,
  type SnapshotDocument,
  type SnapshotFile,
} from './snapshot-document';
import { HIDDEN, OwnerAliases, looksPersonal, safeGrouping, scrubDeep } from './snapshot-privacy';
import type { SharedView } from './view-section';

export interface CollectInput {
  /** The live context (real filters, definition, known fields, as-of). */
  ctx: MetricContext;
  /** Runs a named metric for that context (the engine's `run`). */
  run: (name: MetricName, params: readonly unknown[]) => Promise<unknown>;
  /** The Sources view's group-by columns for this data (before the privacy check). */
  dimensions: readonly SnapshotDimension[];
  files: readonly SnapshotFile[];
  calculator: SharedCalculator & { selectedId: string | null; dataBasis: string | null };
  view: SharedView;
  includeOwnerNames: boolean;
  /** The notes on the timeline (plain text the user wrote to share). */
  notes?: readonly Note[] | undefined;
  now?: Date | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export async function collectSnapshot(input: CollectInput): Promise<SnapshotDocument> {
  const { ctx } = input;
  const hidden: string[] = [];
  const candidates = input.dimensions.filter((d) => {
    const personal = d.column.startsWith('x_') && looksPersonal(d.label);
    if (personal) hidden.push(d.label);
    return !personal;
  });
  const catalog = snapshotCatalog(candidates.map((d) => d.column));
  const results: Record<string, unknown> = {};
  let done = 0;
  for (const entry of catalog) {
    results[entry.key] = await input.run(entry.name, entry.params);
    input.onProgress?.(++done, catalog.length);
  }

  // Columns with (nearly) one value per lead, or e-mails in their values, are left out.
  const leads = (results['viewCounts'] as { leads: number }).leads;
  const dimensions = candidates.filter((d) => {
    if (!d.column.startsWith('x_')) return true;
    const rows = results[dimensionKey(d.column)] as DimensionRow[] | null;
    if (
      rows === null ||
      safeGrouping(
        rows.map((r) => r.value),
        leads,
      )
    )
      return true;
    hidden.push(d.label);
    Reflect.deleteProperty(results, dimensionKey(d.column));
    return false;
  });

  const filters = describeFilters(ctx.filters);
  const aliases = input.includeOwnerNames ? null : new OwnerAliases();
  if (aliases) pseudonymise(results, aliases, filters.dimensions?.['owner']);
  if (filters.dimensions) {
    const shown = new Set(['source', 'campaign', 'owner', 'status', ...dimensions.map((d) => d.column)]);
    filters.dimensions = Object.fromEntries(
      Object.entries(filters.dimensions).map(([name, values = []]) => [
        name,
        name === 'owner' && aliases
          ? values.map((v) => aliases.alias(v))
          : shown.has(name)
            ? values
            : values.map((_, i) => `${HIDDEN} ${i + 1}`),
      ]),
    );
  }

  return scrubDeep({
    schema: SNAPSHOT_SCHEMA,
    createdAt: (input.now ?? new Date()).toISOString(),
    ownerNames: input.includeOwnerNames ? 'included' : 'pseudonymised',
    files: input.files.map((f) => ({ ...f })),
    context: {
      filters,
      definition: ctx.definition,
      known: {
        leads: [...ctx.known.leads].sort(),
        deals: [...ctx.known.deals].sort(),
        closedWonOnly: ctx.known.closedWonOnly ?? false,
      },
      asOf: ctx.asOf,
    },
    dimensions: dimensions.map((d) => ({ ...d })),
    hiddenDimensions: [...new Set(hidden)],
    view: input.view,
    calculator: input.calculator,
    results,
    ...(input.notes?.length ? { notes: input.notes.map((n) => ({ ...n })) } : {}),
  } satisfies SnapshotDocument);
}

/** Owner names → "Rep A"…, by most leads first, in every result that names owners. */
function pseudonymise(results: Record<string, unknown>, aliases: OwnerAliases, filtered?: string[]) {
  const owners = results['byOwner'] as OwnerRow[] | null;
  if (owners) results['byOwner'] = owners.map((row) => ({ ...row, owner: aliases.alias(row.owner) }));
  const capacity = results['capacity'] as CapacityPoint[] | null;
  if (capacity) results['capacity'] = capacity.map((p) => ({ ...p, owner: aliases.alias(p.owner) }));
  const segments = results['segmentedFunnel:owner'] as FunnelSegment[] | null;
  if (segments) {
    results['segmentedFunnel:owner'] = segments.map((s) =>
      s.other ? s : { ...s, segment: aliases.alias(s.segment) },
    );
  }
  const byDimension = results[dimensionKey('owner')] as DimensionRow[] | null | undefined;
  if (byDimension) {
    results[dimensionKey('owner')] = byDimension.map((r) => ({ ...r, value: aliases.alias(r.value) }));
  }
  // The period comparison by owner (the Report and Reps views), for every granularity stored.
  for (const key of Object.keys(results).filter((k) => k.startsWith('comparisonBy:owner:'))) {
    const rows = results[key] as SegmentChange[] | null;
    if (rows) results[key] = rows.map((r) => ({ ...r, value: aliases.alias(r.value) }));
  }
  for (const owner of filtered ?? []) aliases.alias(owner);
}
