import type { Mapping } from './automap';
import { undecidedDateColumns, type Detection } from './detect';
import { fieldsOf, type TableKind } from './fields';
import type { SetAside } from './fit';
import type { Sniffed } from './sniff';
import type { ColumnFormats } from './transform';

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
    ['lead_id', 'email', 'company', 'company_id'].every((field) => upload.mapping[field] === undefined)
  ) {
    reasons.push('No column links the deals to leads (lead ID, email or company).');
  } else if (
    upload.kind === 'deals' &&
    ['outcome', 'amount', 'closed_at'].every((f) => upload.mapping[f] === undefined)
  ) {
    // Without a stage every deal counts as won: fair for a closed-won export, which has a win date
    // or an amount; with neither, nothing in the file says its deals were won.
    reasons.push(
      'No column was recognised as the deal’s stage, amount or close date: every deal would count as won.',
    );
  }
  for (const column of undecidedDateColumns(upload.detection)) {
    const header = upload.sniffed.headers[column] ?? '';
    const detection = upload.detection.dates[column];
    reasons.push(`Choose the date format of “${header}”: ${detection?.why ?? ''}`);
  }
  return reasons;
}

interface Choice {
  mapping: Mapping;
  formats: ColumnFormats;
  setAside?: SetAside[] | undefined;
}

/**
 * The choice as it can be loaded: a date column whose order (month/day or day/month) nobody decided
 * is left unmapped with the reason, never guessed, so loading is always possible (the mapping
 * screen does not dead-end) and the file's other columns still count.
 */
export function settleChoice<C extends Choice>(
  upload: Pick<Reviewable, 'kind' | 'sniffed' | 'detection'>,
  choice: C,
): C {
  const setAside: SetAside[] = [...(choice.setAside ?? [])];
  const undecided = fieldsOf(upload.kind).filter((field) => {
    const column = choice.mapping[field.name];
    return (
      field.type === 'timestamp' &&
      column !== undefined &&
      choice.formats.dates[column] === undefined &&
      upload.detection.dates[column]?.kind === 'ambiguous'
    );
  });
  const mapping: Mapping = Object.fromEntries(
    Object.entries(choice.mapping).filter(([name]) => !undecided.some((field) => field.name === name)),
  );
  for (const field of undecided) {
    const column = choice.mapping[field.name] ?? -1;
    const header = upload.sniffed.headers[column] ?? '';
    setAside.push({
      field: field.name,
      column,
      header,
      reason: `“${header}” could be month/day or day/month and no format was chosen: choose it in “Edit mapping” to use these dates.`,
    });
  }
  const used = new Set(Object.values(mapping));
  return {
    ...choice,
    mapping,
    setAside: setAside.filter((s) => !used.has(s.column) && mapping[s.field] === undefined),
  };
}
