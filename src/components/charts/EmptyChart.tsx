/** What a chart shows when the filters leave nothing to draw (never an empty box). */
export function EmptyChart({
  message = 'Nothing to show for the current filters.',
}: {
  message?: string | undefined;
}) {
  return <p className="chart-empty muted small">{message}</p>;
}
