import { useEffect, useState } from 'react';
import { useAppStore } from './app-store';
import { reportFailure, useAttempt } from './query-failures';

export interface QueryState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
}

interface Settled<T> {
  deps: readonly unknown[];
  data: T | undefined;
  error: string | undefined;
}

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * The one way components read computed data: `load` runs (again) whenever the loaded data or the
 * given keys change; a result that arrives after a newer request started is dropped. The last
 * result stays visible while the next one loads.
 */
export function useQuery<T>(
  load: () => Promise<T>,
  keys: readonly unknown[],
  { reportFailures = true }: { reportFailures?: boolean } = {},
): QueryState<T> {
  const dataVersion = useAppStore((s) => s.dataVersion);
  const deps = [dataVersion, useAttempt(), ...keys];
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [query] = useState(() => Symbol('query'));
  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (!current) return;
        reportFailure(query, null);
        setSettled({ deps, data, error: undefined });
      },
      (error: unknown) => {
        if (!current) return;
        const message = error instanceof Error ? error.message : String(error);
        if (reportFailures) reportFailure(query, message);
        setSettled({ deps, data: undefined, error: message });
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a fresh closure each render; keys say when it changes.
  }, deps);
  useEffect(() => () => reportFailure(query, null), [query]);
  return {
    data: settled?.data,
    error: settled?.error,
    loading: settled === null || !sameDeps(settled.deps, deps),
  };
}
