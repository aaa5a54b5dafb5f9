import type { View } from '../../store';

/** Placeholder: the dashboard views land with the metrics engine. */
export function DashboardView({ view }: { view: Exclude<View, 'data' | 'calculator'> }) {
  return (
    <section className="card">
      <h2>{view}</h2>
    </section>
  );
}
