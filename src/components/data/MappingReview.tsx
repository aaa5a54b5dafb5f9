import { useEffect, useMemo, useState } from 'react';
import type { Mapping } from '../../lib/ingest/automap';
import { fieldsOf } from '../../lib/ingest/fields';
import type { DateDetection } from '../../lib/ingest/formats';
import type { ColumnFormats } from '../../lib/ingest/transform';
import { cancelReview, confirmReview, detectDates, type Review } from '../../store';
import { formatFileSize } from '../common/format';
import { FieldMappingRow } from './FieldMappingRow';
import { PreviewTable } from './PreviewTable';

/** Shows the detected mapping with a preview; every field can be changed before loading. */
export function MappingReview({ review }: { review: Review }) {
  const { prepared } = review;
  const { headers } = prepared.sniffed;
  const fields = fieldsOf(prepared.kind);
  const [mapping, setMapping] = useState<Mapping>(prepared.mapping);
  const [formats, setFormats] = useState<ColumnFormats>(prepared.detection.formats);
  const [detections, setDetections] = useState<Partial<Record<number, DateDetection>>>(
    prepared.detection.dates,
  );
  const [closedWon, setClosedWon] = useState(prepared.closedWonAssumed);
  const setAsideFor = (field: string) =>
    prepared.setAside.find((s) => s.field === field && !Object.values(mapping).includes(s.column))?.reason;

  const usedBy = useMemo(() => {
    const map = new Map<number, string>();
    for (const field of fields) {
      const column = mapping[field.name];
      if (column !== undefined) map.set(column, field.label);
    }
    return map;
  }, [fields, mapping]);

  const dateColumns = fields.filter((f) => f.type === 'timestamp').map((f) => mapping[f.name]);
  useEffect(() => {
    for (const column of dateColumns) {
      if (column === undefined || detections[column]) continue;
      void detectDates(prepared, column).then((detection) => {
        setDetections((d) => ({ ...d, [column]: detection }));
        if (detection.kind === 'decided') {
          setFormats((f) => ({ ...f, dates: { [column]: detection.format, ...f.dates } }));
        }
      });
    }
  });

  const undecided = dateColumns.filter(
    (c): c is number =>
      c !== undefined && formats.dates[c] === undefined && detections[c]?.kind === 'ambiguous',
  );
  const outcomeMissing = prepared.kind === 'deals' && mapping['outcome'] === undefined;
  const confirm = () => {
    void confirmReview({
      mapping,
      formats,
      closedWonAssumed: outcomeMissing && closedWon,
      setAside: prepared.setAside,
    });
  };

  return (
    <section className="card" aria-labelledby="mapping-title">
      <h2 id="mapping-title">
        Check the columns of {prepared.fileName}{' '}
        <span className="muted small num">
          ({formatFileSize(prepared.fileSize)}, {prepared.kind})
        </span>
      </h2>
      {prepared.reasons.length > 0 && (
        <div className="card notice">
          <ul style={{ margin: 0 }}>
            {prepared.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="mapping-grid" style={{ marginBottom: '1rem' }}>
        {fields.map((field) => {
          const column = mapping[field.name];
          return (
            <FieldMappingRow
              key={field.name}
              field={field}
              headers={headers}
              column={column}
              usedBy={usedBy}
              setAside={column === undefined ? setAsideFor(field.name) : undefined}
              detection={column === undefined ? undefined : detections[column]}
              dateFormat={column === undefined ? undefined : formats.dates[column]}
              numberFormat={column === undefined ? undefined : formats.numbers[column]}
              onColumn={(next) => setMapping((m) => withColumn(m, field.name, next))}
              onDateFormat={(format) =>
                column !== undefined && setFormats((f) => ({ ...f, dates: { ...f.dates, [column]: format } }))
              }
              onNumberFormat={(format) =>
                column !== undefined &&
                setFormats((f) => ({ ...f, numbers: { ...f.numbers, [column]: format } }))
              }
            />
          );
        })}
      </div>
      {outcomeMissing && (
        <label className="card notice" style={{ display: 'flex', gap: '0.5rem' }}>
          <input type="checkbox" checked={closedWon} onChange={(e) => setClosedWon(e.target.checked)} />
          This file has no outcome (stage) column: treat it as a closed-won export, every deal won.
        </label>
      )}
      <p className="muted small">
        Columns not mapped to a field are kept as extra columns you can filter and group by.
      </p>
      <PreviewTable headers={headers} rows={prepared.sniffed.preview} fieldOfColumn={usedBy} />
      <div className="row-actions" style={{ marginTop: '1rem' }}>
        <button type="button" className="primary" data-testid="confirm-mapping" onClick={confirm}>
          {review.loaded ? 'Apply the new mapping' : 'Load with this mapping'}
        </button>
        <button type="button" onClick={() => void cancelReview()}>
          {review.loaded ? 'Keep the current mapping' : 'Don’t load this file'}
        </button>
        {undecided.length > 0 && (
          <span className="small muted">
            Without a date format, {undecided.map((c) => `“${headers[c] ?? ''}”`).join(' and ')}{' '}
            {undecided.length === 1 ? 'is' : 'are'} left unmapped; everything else loads.
          </span>
        )}
      </div>
    </section>
  );
}

function withColumn(mapping: Mapping, field: string, column: number | undefined): Mapping {
  const next: Mapping = {};
  for (const [name, value] of Object.entries(mapping)) {
    if (name !== field && value !== column) next[name] = value;
  }
  if (column !== undefined) next[field] = column;
  return next;
}
