/**
 * The metrics the mounted components ask for (useMetric), counted by key while they are mounted
 * (after mosaic's Coordinator, which knows its clients): a click computed ahead asks the same ones
 * under the state the click would make (click-ahead.ts), so the views find every figure they need.
 */
import { useEffect } from 'react';
import { metricKey, type MetricName } from '../lib/metrics';

export type MetricRequest = readonly [MetricName, ...unknown[]];

const asked = new Map<string, { request: MetricRequest; mounted: number }>();

/** Counts this request while the calling component is mounted. */
export function useAsked(name: MetricName, params: readonly unknown[]): void {
  const key = metricKey(name, params);
  useEffect(() => {
    const entry = asked.get(key) ?? { request: [name, ...params] as const, mounted: 0 };
    entry.mounted += 1;
    asked.set(key, entry);
    return () => {
      entry.mounted -= 1;
      if (entry.mounted === 0) asked.delete(key);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the request.
  }, [key]);
}

/** Every request asked by a mounted component, once. */
export function askedMetrics(): MetricRequest[] {
  return [...asked.values()].map((entry) => entry.request);
}
