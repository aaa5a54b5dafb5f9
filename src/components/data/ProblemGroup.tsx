import type { ProblemExample, RowProblemGroup, ValueProblemGroup } from '../../lib/ingest/problem-groups';
import { DATE_FORMAT_LABELS, type DateFormat } from '../../lib/ingest/formats';
import { skippedOnly, unlessData } from '../../lib/ingest/reject-types';
import { applyChoice, type LoadedUpload } from '../../store';
import { formatCount } from '../common/format';

const NOT_READ: Record<string, [one: string, many: string]> = {
  timestamp: ['is not a date in the chosen format', 'are not dates in the chosen format'],
  number: ['is not a number', 'are not numbers'],
  boolean: ['is not yes/no, true/false or 1/0', 'are not yes/no, true/false or 1/0'],
};

const quoted = (examples: ProblemExample[]) => examples.map((e) => `“${e.text}”`).join(', ');
const rows = (examples: ProblemExample[]) =>
  `${examples.length === 1 ? 'row' : 'rows'} ${examples.map((e) => formatCount(e.row)).join(', ')}`;

/** Unreadable values of one column: how many, the first three, and the fixes the page can make. */
export function ValueGroup(props: { upload: LoadedUpload; group: ValueProblemGroup; busy: boolean }) {
  const { upload, group, busy } = props;
  const { choice } = upload;
  const column = choice.mapping[group.field];
  const format = column === undefined ? undefined : choice.formats.dates[column];
  const [one, many] = NOT_READ[group.type] ?? ['could not be read', 'could not be read'];
  const all = group.count === group.examples.length;
  const chosen = format && group.type === 'timestamp' ? `, ${DATE_FORMAT_LABELS[format]}` : '';
  const reread = (next: typeof choice) => void applyChoice(upload.prepared.uploadId, next);
  const unmapped = Object.fromEntries(Object.entries(choice.mapping).filter(([f]) => f !== group.field));
  return (
    <li data-testid="problem-group" data-field={group.field}>
      <div className="where">
        {upload.report.fileName}, column “{group.column}”
      </div>
      <div>
        {formatCount(group.count)} {group.count === 1 ? 'value' : 'values'} in “{group.column}”{' '}
        {group.count === 1 ? one : many}
        {chosen}
        {all ? ': ' : ', e.g. '}
        {quoted(group.examples)}
        {all ? '' : ', …'} in {rows(group.examples)}. {group.count === 1 ? 'Its row was' : 'Their rows were'}{' '}
        loaded with the value empty.
      </div>
      {column !== undefined && (
        <div className="row-actions" style={{ marginTop: '0.35rem' }}>
          {group.type === 'timestamp' && (
            <select
              aria-label={`Read “${group.column}” in another date format`}
              data-testid="group-date-format"
              value=""
              disabled={busy}
              onChange={(event) => {
                const next = event.target.value as DateFormat;
                const dates = { ...choice.formats.dates, [column]: next };
                reread({ ...choice, formats: { ...choice.formats, dates } });
              }}
            >
              <option value="" disabled>
                Read in another date format…
              </option>
              {(Object.keys(DATE_FORMAT_LABELS) as DateFormat[])
                .filter((f) => f !== format)
                .map((f) => (
                  <option key={f} value={f}>
                    {DATE_FORMAT_LABELS[f]}
                  </option>
                ))}
            </select>
          )}
          <button
            type="button"
            className="link"
            data-testid="group-unmap"
            disabled={busy}
            onClick={() => reread({ ...choice, mapping: unmapped })}
          >
            Leave this column unmapped
          </button>
          <span className="muted small">(it stays as an extra column)</span>
        </div>
      )}
    </li>
  );
}

/** Rows the reader refused for one reason: how many, the first three lines, and what to do. */
export function RowGroup({ fileName, group }: { fileName: string; group: RowProblemGroup }) {
  const { count, examples } = group;
  const all = count === examples.length;
  const which = all ? rows(examples).replace(/^r/, 'R') : `${formatCount(count)} rows`;
  const skipped = skippedOnly(group.errorType);
  const not = skipped ? 'skipped' : 'not loaded';
  return (
    <li data-testid="problem-group" data-reason={group.errorType}>
      <div className="where">{fileName}</div>
      <div>
        {which} {count === 1 ? `was ${not}: it` : `were ${not}: each`} {group.explanation}
        {all ? '' : `, e.g. ${rows(examples)}`}.{' '}
        {skipped
          ? `Nothing to fix${unlessData(group.errorType, count === 1)}.`
          : `Fix ${count === 1 ? 'it' : 'them'} in the file and upload it again.`}
      </div>
      {examples.map((example) => (
        <div key={example.row}>
          <code>
            row {formatCount(example.row)}: {example.text}
          </code>
        </div>
      ))}
    </li>
  );
}
