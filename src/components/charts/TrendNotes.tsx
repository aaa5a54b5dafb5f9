import { useRef } from 'react';

/** A note pinned to a day, as the trend charts draw it (lib/share/notes-section.ts `Note`). */
export interface TrendNote {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Plain text: only ever rendered as a text node. */
  text: string;
}

/** A note with its number on the chart (1 = the earliest). */
export interface NumberedNote extends TrendNote {
  number: number;
}

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "Mar 15, 2024" for a YYYY-MM-DD day (the day itself, whatever the reader's time zone). */
export function formatNoteDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** The notes numbered by day, and those of each month shown ("YYYY-MM" periods), for the markers. */
export function notesByPeriod(
  notes: readonly TrendNote[],
  periods: readonly string[],
): { numbered: NumberedNote[]; marks: Map<string, NumberedNote[]>; shown: Set<string> } {
  const numbered = [...notes]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((note, i) => ({ ...note, number: i + 1 }));
  const inView = new Set(periods);
  const marks = new Map<string, NumberedNote[]>();
  const shown = new Set<string>();
  for (const note of numbered) {
    const period = note.date.slice(0, 7);
    if (!inView.has(period)) continue;
    marks.set(period, [...(marks.get(period) ?? []), note]);
    shown.add(note.id);
  }
  return { numbered, marks, shown };
}

/** The marker's flag: the notes' numbers above the line, their text as the hover title. */
export function NoteFlag({
  viewBox,
  notes,
  color,
  background,
}: {
  viewBox?: { x?: number; y?: number } | undefined;
  notes: readonly NumberedNote[];
  color: string;
  background: string;
}) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) - 9;
  const label = notes.map((n) => n.number).join(',');
  const width = 8 + label.length * 6.5;
  return (
    <g className="trend-note-flag" data-testid="trend-note-flag" data-notes={label}>
      <title>{notes.map((n) => `${n.number}. ${formatNoteDay(n.date)}: ${n.text}`).join('\n')}</title>
      <rect x={x - width / 2} y={y - 8} width={width} height={16} rx={8} fill={background} stroke={color} />
      <text x={x} y={y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill={color}>
        {label}
      </text>
    </g>
  );
}

/**
 * The chart's notes as text under it, numbered like the markers: what a screen reader (and anyone
 * who cannot hover) reads. With `onRemove`, each has a Remove button.
 */
export function TrendNoteList({
  notes,
  shown,
  onRemove,
}: {
  notes: readonly NumberedNote[];
  shown: ReadonlySet<string>;
  onRemove?: ((id: string) => void) | undefined;
}) {
  const list = useRef<HTMLOListElement>(null);
  if (notes.length === 0) return null;
  // Focus moves to the Remove of the note now in that place (or the one before), not to the page.
  const remove = (id: string, index: number) => {
    onRemove?.(id);
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll('button');
      if (buttons?.length) buttons[Math.min(index, buttons.length - 1)]?.focus();
    });
  };
  return (
    <ol className="trend-notes" aria-label="Notes on this chart" data-testid="trend-notes" ref={list}>
      {notes.map((note, index) => (
        <li key={note.id} data-testid="trend-note" data-date={note.date}>
          <span className="trend-note-number" aria-hidden="true">
            {note.number}
          </span>
          <span className="trend-note-body">
            <time dateTime={note.date} className="trend-note-day">
              {formatNoteDay(note.date)}
            </time>{' '}
            <span className="trend-note-text" data-testid="trend-note-text">
              {note.text}
            </span>
            {!shown.has(note.id) && <span className="muted small"> (outside the months shown)</span>}
          </span>
          {onRemove && (
            <button
              type="button"
              className="small"
              onClick={() => remove(note.id, index)}
              aria-label={`Remove the note of ${formatNoteDay(note.date)}: ${note.text}`}
              data-testid="remove-note"
            >
              Remove
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
