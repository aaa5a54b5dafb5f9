import type { SetAside } from '../../lib/ingest/fit';

/** Columns a header proposed that the values ruled out: said beside the file, with the way back. */
export function SetAsideNote({ items }: { items: readonly SetAside[] | undefined }) {
  if (!items?.length) return null;
  return (
    <ul className="muted small set-aside" data-testid="set-aside">
      {items.map((item) => (
        <li key={`${item.field}:${item.column}`}>
          {item.reason} Kept as an extra column; “Edit mapping” can still use it.
        </li>
      ))}
    </ul>
  );
}
