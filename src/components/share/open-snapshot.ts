/** The snapshot the site is showing (null: the live app), and the "Print all views" switch. */
import { useSyncExternalStore } from 'react';
import type { SnapshotDocument } from '../../lib/share/snapshot-document';

function flag<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const openSnapshot = flag<{ doc: SnapshotDocument; fileName: string } | null>(null);
export const printAll = flag(false);
export const snapshotError = flag<string | null>(null);

export function useFlag<T>(store: ReturnType<typeof flag<T>>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
