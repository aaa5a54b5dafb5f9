import type { SetAsideRows } from '../../lib/ingest/schema';
import { formatCount } from '../common/format';

/**
 * Rows left out because a later row holds their id (duplicates.ts): said beside the file, so the
 * file's loaded rows and the views' counts differ for a reason the user can see.
 */
export function SupersededRows({
  rows,
  kind,
  idHeader,
}: {
  rows: SetAsideRows | undefined;
  kind: 'leads' | 'deals';
  /** The file's header for the id, as the user knows it. */
  idHeader: string;
}) {
  if (!rows) return null;
  const [one, many] = kind === 'leads' ? ['lead', 'leads'] : ['deal', 'deals'];
  return (
    <>
      {rows.repeated > 0 && (
        <div className="muted small" data-testid="repeated-rows">
          {formatCount(rows.repeated)} {rows.repeated === 1 ? 'row repeats' : 'rows repeat'} the {idHeader} of
          a later row: each {one} counts once, from its last row.
        </div>
      )}
      {rows.later > 0 && (
        <div className="muted small" data-testid="superseded-rows">
          {formatCount(rows.later)}{' '}
          {rows.later === 1 ? `${one} also in a later file was` : `${many} also in a later file were`} set
          aside.
        </div>
      )}
    </>
  );
}
