import type { ReactNode } from 'react';
import type { TileChange } from './tile-changes';

interface Props {
  label: string;
  /** null: the data cannot say; `missing` names what would provide it. */
  value: string | null;
  /** The registry's sentence for the figure (store `useMissing`): null when the data has what it needs. */
  missing?: string | null | undefined;
  comparison?: ReactNode;
  /** The change against the previous period (tile-changes.ts); absent: the tile does not compare. */
  change?: TileChange | null | undefined;
  /** The last periods (a Sparkline). */
  trend?: ReactNode;
  gap?: boolean | undefined;
  testId?: string | undefined;
}

/** A figure, what it is in plain words, and the comparison that gives it meaning (UI.md). */
export function Tile({ label, value, missing, comparison, change, trend, gap, testId }: Props) {
  return (
    <div className={`tile${gap ? ' tile-gap' : ''}`} data-testid={testId}>
      {value === null ? (
        <div className="figure unknown">not in your data</div>
      ) : (
        <div className="figure num">{value}</div>
      )}
      <div className="label">{label}</div>
      {value === null && missing && <div className="small muted">{missing}</div>}
      {value !== null && change && <ChangeLine change={change} />}
      {value !== null && trend && <div className="tile-trend">{trend}</div>}
      {value !== null && comparison && <div className="small muted comparison">{comparison}</div>}
    </div>
  );
}

/** "▲ +4.2 pts better", toned by what is better for the business, then the periods it compares. */
function ChangeLine({ change }: { change: TileChange }) {
  const toned = change.tone === 'better' || change.tone === 'worse';
  return (
    <div className="tile-change" data-testid="tile-change" data-tone={change.tone} title={change.description}>
      <span className={`tile-delta change-${change.tone}`}>
        {change.arrow && <span aria-hidden="true">{change.arrow} </span>}
        <span className="tile-delta-text">{change.text}</span>
        {toned && <span className="tile-tone"> {change.tone}</span>}
      </span>{' '}
      <span className="tile-periods muted">{change.periods}</span>
    </div>
  );
}
