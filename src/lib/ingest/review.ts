import type { Mapping } from './automap';
import { undecidedDateColumns, type Detection } from './detect';
import type { TableKind } from './fields';
import type { Sniffed } from './sniff';

interface Reviewable {
  kind: TableKind;
  sniffed: Sniffed;
  mapping: Mapping;
  detection: Detection;
}

/**
 * Why an upload needs the user's confirmation before it loads. Known headers with decided formats
 * load straight away; the mapping screen stays one click away to change anything.
 */
export function confirmationReasons(upload: Reviewable): string[] {
  const reasons: string[] = [];
  const mapped = Object.keys(upload.mapping);
  if (mapped.length === 0) {
    reasons.push('None of the column names was recognised: tell LeadGap which column is which.');
  } else if (upload.kind === 'leads' && upload.mapping['created_at'] === undefined) {
    reasons.push('No column was recognised as the date the lead was created.');
  } else if (
    upload.kind === 'deals' &&
    ['lead_id', 'email', 'company'].every((field) => upload.mapping[field] === undefined)
  ) {
    reasons.push('No column links the deals to leads (lead ID, email or company).');
  }
  for (const column of undecidedDateColumns(upload.detection)) {
    const header = upload.sniffed.headers[column] ?? '';
    const detection = upload.detection.dates[column];
    reasons.push(`Choose the date format of “${header}”: ${detection?.why ?? ''}`);
  }
  return reasons;
}
