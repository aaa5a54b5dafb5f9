import type { FieldSpec } from '../../lib/ingest/fields';
import {
  DATE_FORMAT_LABELS,
  type DateDetection,
  type DateFormat,
  type NumberFormat,
} from '../../lib/ingest/formats';

interface Props {
  field: FieldSpec;
  headers: string[];
  column: number | undefined;
  usedBy: Map<number, string>;
  /** Why the column a header proposed for this field was not used, when it was not. */
  setAside?: string | undefined;
  detection: DateDetection | undefined;
  dateFormat: DateFormat | undefined;
  numberFormat: NumberFormat | undefined;
  onColumn: (column: number | undefined) => void;
  onDateFormat: (format: DateFormat) => void;
  onNumberFormat: (format: NumberFormat) => void;
}

export function FieldMappingRow(props: Props) {
  const { field, headers, column, detection } = props;
  const id = `map-${field.name}`;
  return (
    <>
      <label htmlFor={id}>{field.label}</label>
      <div className="row-actions">
        <select
          id={id}
          value={column ?? ''}
          onChange={(event) =>
            props.onColumn(event.target.value === '' ? undefined : Number(event.target.value))
          }
        >
          <option value="">— not in this file —</option>
          {headers.map((header, i) => (
            <option key={i} value={i}>
              {header}
              {props.usedBy.has(i) && i !== column ? ` (used for ${props.usedBy.get(i)})` : ''}
            </option>
          ))}
        </select>
        {column !== undefined && field.type === 'timestamp' && (
          <DateFormatChoice
            id={`${id}-format`}
            detection={detection}
            value={props.dateFormat}
            onChange={props.onDateFormat}
          />
        )}
        {column !== undefined && field.type === 'number' && (
          <select
            aria-label={`Decimal separator of ${field.label}`}
            value={props.numberFormat ?? 'dot'}
            onChange={(event) => props.onNumberFormat(event.target.value as NumberFormat)}
          >
            <option value="dot">1,234.50 (decimal point)</option>
            <option value="comma">1.234,50 (decimal comma)</option>
          </select>
        )}
        {props.setAside && <span className="small muted">Not used: {props.setAside}</span>}
      </div>
    </>
  );
}

function DateFormatChoice(props: {
  id: string;
  detection: DateDetection | undefined;
  value: DateFormat | undefined;
  onChange: (format: DateFormat) => void;
}) {
  const { detection } = props;
  const needsChoice = detection?.kind === 'ambiguous' && props.value === undefined;
  return (
    <>
      <select
        id={props.id}
        aria-label="Date format"
        aria-invalid={needsChoice}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value as DateFormat)}
      >
        <option value="" disabled>
          Choose the date format…
        </option>
        {(Object.keys(DATE_FORMAT_LABELS) as DateFormat[]).map((format) => (
          <option key={format} value={format}>
            {DATE_FORMAT_LABELS[format]}
          </option>
        ))}
      </select>
      {detection && (
        <span className={`small ${needsChoice || detection.kind === 'unrecognised' ? 'badge gap' : 'muted'}`}>
          {detection.why}
        </span>
      )}
    </>
  );
}
