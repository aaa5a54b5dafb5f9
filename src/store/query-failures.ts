import { useSyncExternalStore } from 'react';

/**
 * The queries on screen that failed (out of memory, say), so a view says so instead of waiting for
 * figures that will not come, and "Try again" asks every query again (`attempt` is in each query's
 * keys; the ones that answered come from the result cache). Each failing query holds one entry,
 * removed when it answers or leaves the screen.
 */
const failures = new Map<symbol, string>();
let attempt = 0;
let shown: readonly string[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  shown = [...new Set(failures.values())];
  for (const listener of listeners) listener();
}

export function reportFailure(query: symbol, message: string | null): void {
  if (message === null ? !failures.delete(query) : failures.get(query) === message) return;
  if (message !== null) failures.set(query, message);
  changed();
}

/** Asks every query on screen again. */
export function retryFailed(): void {
  attempt += 1;
  failures.clear();
  changed();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The distinct messages of the failed queries on screen. */
export function useQueryFailures(): readonly string[] {
  return useSyncExternalStore(
    subscribe,
    () => shown,
    () => shown,
  );
}

/** How many times "Try again" was asked: a key of every query. */
export function useAttempt(): number {
  return useSyncExternalStore(
    subscribe,
    () => attempt,
    () => attempt,
  );
}
