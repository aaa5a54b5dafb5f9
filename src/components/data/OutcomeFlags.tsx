import { flagColumns } from '../../lib/ingest/outcome-flags';
import type { LoadedUpload } from '../../store';

/** A deals file's won and closed flags decide its outcomes (outcome-flags.ts): said beside it. */
export function OutcomeFlags({ upload }: { upload: LoadedUpload }) {
  const { report, prepared, choice } = upload;
  if (report.kind !== 'deals') return null;
  const headers = prepared.sniffed.headers;
  const { won, closed } = flagColumns(headers, choice.mapping);
  const named = [won, closed].filter((column) => column >= 0).map((column) => `“${headers[column]}”`);
  if (named.length === 0) return null;
  return (
    <div className="muted small" data-testid="outcome-flags">
      {named.join(' and ')} {named.length === 1 ? 'decides' : 'decide'} which deals were won, lost or open
      where {named.length === 1 ? 'it is' : 'they are'} filled, whatever the stage is named.
    </div>
  );
}
