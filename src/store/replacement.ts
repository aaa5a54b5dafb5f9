/** A newer export of a loaded file ("Replace…"): which of the old file's choices carry over. */
import { headerSignature, normaliseHeader, type Mapping } from '../lib/ingest/automap';
import type { UploadChoice } from '../lib/ingest/pipeline';
import type { LoadedUpload } from './dataset-slice';

export function sameHeaders(upload: LoadedUpload, headers: readonly string[]): boolean {
  const kind = upload.prepared.kind;
  return headerSignature(kind, headers) === headerSignature(kind, upload.prepared.sniffed.headers);
}

/** The old file's choice moved onto the new file's columns, by header; columns it lacks drop out. */
export function replacementChoice(old: LoadedUpload, headers: readonly string[]): UploadChoice {
  if (sameHeaders(old, headers)) return old.choice;
  const keys = headers.map(normaliseHeader);
  const moved = (column: number) => {
    const header = old.prepared.sniffed.headers[column];
    const at = header === undefined ? -1 : keys.indexOf(normaliseHeader(header));
    return at < 0 ? undefined : at;
  };
  const move = <T>(byColumn: Partial<Record<number, T>>) => {
    const next: Partial<Record<number, T>> = {};
    for (const [column, value] of Object.entries(byColumn)) {
      const at = moved(Number(column));
      if (at !== undefined) next[at] = value;
    }
    return next;
  };
  const mapping: Mapping = {};
  for (const [field, column] of Object.entries(old.choice.mapping)) {
    const at = column === undefined ? undefined : moved(column);
    if (at !== undefined) mapping[field] = at;
  }
  const { dates, numbers } = old.choice.formats;
  return {
    mapping,
    formats: { dates: move(dates), numbers: move(numbers) },
    closedWonAssumed: old.choice.closedWonAssumed,
  };
}
