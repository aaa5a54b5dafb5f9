/**
 * Answers the views' metrics from a snapshot instead of DuckDB: a view's `build(ctx)` is matched to
 * the catalog entry that builds the same query on the snapshot's context, and that entry's stored
 * result is returned. A figure the snapshot does not hold is an error the view shows as missing.
 */
import type { MetricContext, Query } from '../metrics';
import { snapshotCatalog } from './snapshot-catalog';
import { snapshotContext, type SnapshotDocument } from './snapshot-document';

export interface SnapshotMetrics {
  context: MetricContext;
  metric<T>(build: (ctx: MetricContext) => Query<T>): Promise<T>;
}

export const NOT_IN_SNAPSHOT = 'This figure is not in the snapshot.';

export function snapshotMetrics(doc: SnapshotDocument): SnapshotMetrics {
  const context = snapshotContext(doc);
  const keyBySql = new Map<string, string>();
  for (const entry of snapshotCatalog(doc.dimensions.map((d) => d.column))) {
    try {
      keyBySql.set(entry.build(context).sql, entry.key);
    } catch {
      // A builder that refuses this context has nothing stored either.
    }
  }
  return {
    context,
    metric<T>(build: (ctx: MetricContext) => Query<T>): Promise<T> {
      let sql: string;
      try {
        sql = build(context).sql;
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      const key = keyBySql.get(sql);
      if (key === undefined || !Object.prototype.hasOwnProperty.call(doc.results, key)) {
        return Promise.reject(new Error(NOT_IN_SNAPSHOT));
      }
      return Promise.resolve(doc.results[key] as T);
    },
  };
}
