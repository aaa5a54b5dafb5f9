import { sqlNumber } from './query';

/**
 * A view (`leads` or `deals`, alias `l`/`d`) beside its derived table (alias `f`/`s`), one upload at a
 * time: within an upload each side is one table read in rowid order, so rows pair by position; the
 * uploads are then stacked (a POSITIONAL JOIN over the whole view paired rows of different uploads
 * from one run of a query to the next: a union's branches come in no promised order).
 */
export function pairedByUpload(
  {
    view,
    table,
    uploads,
    beside = [],
  }: {
    view: 'leads' | 'deals';
    table: string;
    uploads: readonly number[];
    /** More tables of the same layout, each read as `alias` beside the pair. */
    beside?: readonly { table: string; alias: string }[];
  },
  select: (from: string) => string,
): string {
  const [v, t] = view === 'leads' ? ['l', 'f'] : ['d', 's'];
  const from = (upload: number | null) => {
    const only = (column: string) => (upload === null ? '' : ` WHERE ${column} = ${sqlNumber(upload)}`);
    const more = beside.map(
      (other) =>
        `\n    POSITIONAL JOIN (SELECT * EXCLUDE (upload) FROM ${other.table}${only('upload')}) ${other.alias}`,
    );
    return `(SELECT * FROM ${view}${only('_upload')}) ${v}
    POSITIONAL JOIN (SELECT * EXCLUDE (upload) FROM ${table}${only('upload')}) ${t}${more.join('')}`;
  };
  // No upload: both sides are empty.
  if (uploads.length === 0) return select(from(null));
  return uploads.map((upload) => select(from(upload))).join('\n  UNION ALL\n  ');
}

/** A row where `table` and its view do not pair by key (for `NOT EXISTS`): facts by lead, deals by deal. */
export function apartSql(view: 'leads' | 'deals', table: string, uploads: readonly number[]): string {
  const [v, t, key] = view === 'leads' ? ['l', 'f', 'lead_key'] : ['d', 's', 'deal_key'];
  return pairedByUpload(
    { view, table, uploads },
    (from) => `SELECT 1 FROM ${from} WHERE ${v}._key IS DISTINCT FROM ${t}.${key}`,
  );
}
