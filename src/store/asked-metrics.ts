/**
 * The metrics the mounted components ask for (useMetric), counted by key while they are mounted
 * (after mosaic's Coordinator, which knows its clients), and those asked of every state whatever is
 * mounted (the link's figures, link-figures.ts): a click computed ahead asks the same ones under the
 * state the click would make (click-ahead.ts), so nothing it leads to runs a statement.
 */
import { useEffect } from 'react';
import { metricKey, type MetricName } from '../lib/metrics';

export type MetricRequest = readonly [MetricName, ...unknown[]];

const asked = new Map<string, { request: MetricRequest; mounted: number }>();
const always = new Map<string, MetricRequest>();

/** Requests made for every state, on every view (not by a component). */
export function askedOfEveryState(requests: readonly MetricRequest[]): void {
  for (const request of requests) always.set(metricKey(request[0], request.slice(1)), request);
}

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

/** Every request asked of every state or by a mounted component, once. */
export function askedMetrics(): MetricRequest[] {
  const mounted = [...asked].filter(([key]) => !always.has(key)).map(([, entry]) => entry.request);
  return [...always.values(), ...mounted];
}
