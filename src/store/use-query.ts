import { useEffect, useState } from 'react';
import { useAppStore } from './app-store';

export interface QueryState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
}

/**
 * The one way components read computed data: `load` runs (again) whenever the loaded data or the
 * given keys change; a result that arrives after a newer request started is dropped.
 */
export function useQuery<T>(load: () => Promise<T>, keys: readonly unknown[]): QueryState<T> {
  const dataVersion = useAppStore((s) => s.dataVersion);
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (error: unknown) => current && setState({ data: undefined, error: String(error), loading: false }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a fresh closure each render; keys say when it changes.
  }, [dataVersion, ...keys]);
  return state;
}
