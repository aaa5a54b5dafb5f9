import { extraColumns } from '../lib/ingest/transform';
import type { TableKind } from '../lib/ingest/fields';
import { ARRIVED } from '../lib/metrics/filters';
import { knownFields } from '../lib/metrics/known';
import type { LoadedUpload } from './dataset-slice';

export interface Dimension {
  /** Column of the canonical leads table (`source`, `owner`, … or an extra `x_…` column). */
  column: string;
  label: string;
}

const CANONICAL: Dimension[] = [
  { column: 'source', label: 'Source' },
  { column: 'campaign', label: 'Campaign' },
  { column: 'owner', label: 'Owner' },
  { column: 'status', label: 'Status' },
];

/** Whether a lead came in within working hours (lib/metrics/filters.ts ARRIVED; issue 20). */
const ARRIVED_DIMENSION: Dimension = { column: ARRIVED, label: 'Arrived' };

/**
 * The lead dimensions a user can filter and group by: mapped canonical ones, then extra columns, then
 * `arrived` while working hours are set (`withArrived`) and the leads have created dates.
 */
export function leadDimensions(uploads: readonly LoadedUpload[], withArrived = false): Dimension[] {
  const known = knownFields(
    uploads.map((u) => ({
      kind: u.prepared.kind,
      mapping: u.choice.mapping,
      closedWonAssumed: u.choice.closedWonAssumed,
    })),
  ).leads;
  const extras = new Map<string, string>();
  for (const upload of uploads.filter((u) => u.prepared.kind === ('leads' satisfies TableKind))) {
    const headers = upload.prepared.sniffed.headers;
    for (const extra of extraColumns({ headers, mapping: upload.choice.mapping })) {
      if (!extras.has(extra.column)) extras.set(extra.column, extra.header);
    }
  }
  return [
    ...CANONICAL.filter((d) => known.has(d.column)),
    ...[...extras].map(([column, label]) => ({ column, label })),
    ...(withArrived && known.has('created_at') ? [ARRIVED_DIMENSION] : []),
  ];
}

export function dimensionLabel(uploads: readonly LoadedUpload[], column: string): string {
  return leadDimensions(uploads, true).find((d) => d.column === column)?.label ?? column;
}
