import type { ReactNode } from 'react';

interface Props {
  label: string;
  /** null: the data cannot say; `missing` names what would provide it. */
  value: string | null;
  /** The registry's sentence for the figure (store `useMissing`): null when the data has what it needs. */
  missing?: string | null | undefined;
  comparison?: ReactNode;
  gap?: boolean | undefined;
  testId?: string | undefined;
}

/** A figure, what it is in plain words, and the comparison that gives it meaning (UI.md). */
export function Tile({ label, value, missing, comparison, gap, testId }: Props) {
  return (
    <div className={`tile${gap ? ' tile-gap' : ''}`} data-testid={testId}>
      {value === null ? (
        <div className="figure unknown">not in your data</div>
      ) : (
        <div className="figure num">{value}</div>
      )}
      <div className="label">{label}</div>
      {value === null && missing && <div className="small muted">{missing}</div>}
      {value !== null && comparison && <div className="small muted comparison">{comparison}</div>}
    </div>
  );
}
