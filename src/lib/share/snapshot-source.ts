/**
 * Answers the views' metrics from a snapshot instead of DuckDB: a view's `useMetric(name, …params)`
 * is answered by the result stored under that metric's key (name and parameters). A figure the
 * snapshot does not hold is an error the view shows as missing.
 */
import { metricKey, type MetricContext, type MetricName } from '../metrics';
import { snapshotContext, type SnapshotDocument } from './snapshot-document';

export interface SnapshotMetrics {
  context: MetricContext;
  metric(name: MetricName, params: readonly unknown[]): Promise<unknown>;
}

export const NOT_IN_SNAPSHOT = 'This figure is not in the snapshot.';

export function snapshotMetrics(doc: SnapshotDocument): SnapshotMetrics {
  return {
    context: snapshotContext(doc),
    metric(name: MetricName, params: readonly unknown[]): Promise<unknown> {
      const key = metricKey(name, params);
      if (!Object.prototype.hasOwnProperty.call(doc.results, key)) {
        return Promise.reject(new Error(NOT_IN_SNAPSHOT));
      }
      return Promise.resolve(doc.results[key]);
    },
  };
}
