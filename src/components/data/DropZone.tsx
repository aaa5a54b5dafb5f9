import { useRef, useState, type DragEvent } from 'react';
import type { TableKind } from '../../lib/ingest/fields';
// Workbooks dropped here are read in a worker (the snapshot viewer, without drop zones, has none).
import '../../lib/ingest/workbook-worker';
import { ACCEPT } from './accept';
import { SheetChoice } from './SheetChoice';

interface Props {
  kind: TableKind;
  title: string;
  description: string;
  compact: boolean;
  onFiles: (kind: TableKind, files: File[]) => void;
}

/** A drop target that is also a button (keyboard: Tab, Enter), over a real file input. */
export function DropZone({ kind, title, description, compact, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFiles(kind, [...event.dataTransfer.files]);
  };
  return (
    <div>
      <button
        type="button"
        className={`drop-zone${compact ? ' compact' : ''}${over ? ' over' : ''}`}
        onClick={() => input.current?.click()}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        aria-describedby={`${kind}-drop-help`}
      >
        <span className="title">{title}</span>
        <span id={`${kind}-drop-help`} className="muted">
          {description}
        </span>
        <span className="pick">
          {compact ? 'Add another file' : 'Drop CSV or Excel files here, or choose files'}
        </span>
      </button>
      <input
        ref={input}
        type="file"
        data-testid={`${kind}-file`}
        accept={ACCEPT}
        multiple
        hidden
        onChange={(event) => {
          onFiles(kind, [...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      <SheetChoice kind={kind} />
    </div>
  );
}
