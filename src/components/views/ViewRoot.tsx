import type { ReactNode } from 'react';
import { retryFailed, useQueryFailures } from '../../store';

/**
 * A view's root: `data-state` says when every figure of the view is drawn (benchmarks wait on it),
 * or that some could not be computed (`error`): the view then says why, with a way to ask again.
 */
export function ViewRoot({
  name,
  loading,
  children,
}: {
  name: string;
  loading: boolean;
  children: ReactNode;
}) {
  const failures = useQueryFailures();
  const failed = failures.length > 0;
  return (
    <div
      data-testid={`view-${name}`}
      data-state={loading ? 'loading' : failed ? 'error' : 'ready'}
      aria-busy={loading}
    >
      {failed && (
        <section className="card problem" role="alert" data-testid="view-failure">
          <h2>Some figures could not be computed</h2>
          <p>
            Your files are still loaded. Try again; if it fails again, reload the page, or load a smaller file
            if the browser ran out of memory.
          </p>
          <p className="muted small detail">{failures.join(' · ')}</p>
          <p className="problem-actions">
            <button type="button" className="primary" onClick={retryFailed} data-testid="view-retry">
              Try again
            </button>
          </p>
        </section>
      )}
      {children}
    </div>
  );
}
