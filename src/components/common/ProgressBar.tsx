/**
 * A progress bar: `share` (0–1) drawn as the fill's scaleX, or, `sliding`, a fill that slides to and
 * fro (load.css). Both move by transform alone, which the compositor animates off the page's main
 * thread (issue 15).
 */
export function ProgressBar({
  share,
  sliding = false,
  label,
}: {
  share: number;
  sliding?: boolean;
  label?: string;
}) {
  return (
    <div
      className={`progress${sliding ? ' indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(share * 100)}
    >
      <div style={sliding ? undefined : { transform: `scaleX(${share.toFixed(3)})` }} />
    </div>
  );
}
