import type { ReactNode } from 'react';

/** A view's root: `data-state` says when every figure of the view is drawn (benchmarks wait on it). */
export function ViewRoot({
  name,
  loading,
  children,
}: {
  name: string;
  loading: boolean;
  children: ReactNode;
}) {
  return (
    <div data-testid={`view-${name}`} data-state={loading ? 'loading' : 'ready'} aria-busy={loading}>
      {children}
    </div>
  );
}
