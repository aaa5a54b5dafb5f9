import { lazy, type ComponentType } from 'react';

/**
 * A code-split view that renders at once when its chunk is already in. Through `React.lazy` alone,
 * its first render suspends even when the chunk was fetched ahead (the import's promise settles a
 * tick later), and React 19 then keeps the Suspense fallback up for at least 300 ms
 * (FALLBACK_THROTTLE_MS; react/react#36569): the Overview, whose chunk loads while the files are
 * read, waited that long behind "Loading the view…" after every first load. `preload` fetches the
 * chunk and remembers the component, so `View` renders it directly; before that, `View` is the
 * lazy component, for its Suspense boundary to wait on. `preload` never fails: a chunk that cannot
 * arrive is asked for again when the view is shown, and its error boundary says so (ViewProblem).
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { View: ComponentType<P>; preload: () => Promise<void> } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchOnce = () => {
    if (!loading) {
      loading = load().then((component) => {
        loaded = component;
        return component;
      });
      // A chunk that failed to arrive is asked for again by the next caller, not kept as failed.
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  };
  const Lazy = lazy(() => fetchOnce().then((component) => ({ default: component })));
  function View(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return {
    View,
    preload: () =>
      fetchOnce().then(
        () => undefined,
        () => undefined,
      ),
  };
}
