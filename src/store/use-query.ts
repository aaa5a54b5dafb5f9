import { useEffect, useState } from 'react';
import { useAppStore } from './app-store';

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
export function useQuery<T>(load: () => Promise<T>, keys: readonly unknown[]): QueryState<T> {
  const dataVersion = useAppStore((s) => s.dataVersion);
  const deps = [dataVersion, ...keys];
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setSettled({ deps, data, error: undefined }),
      (error: unknown) => current && setSettled({ deps, data: undefined, error: String(error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a fresh closure each render; keys say when it changes.
  }, deps);
  return {
    data: settled?.data,
    error: settled?.error,
    loading: settled === null || !sameDeps(settled.deps, deps),
  };
}
