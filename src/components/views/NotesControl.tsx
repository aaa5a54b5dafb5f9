import { useId, useRef, useState, type FormEvent } from 'react';
import { MAX_NOTE_LENGTH } from '../../lib/share/notes-section';
import { useAppStore } from '../../store';
import { useInteractive } from '../common/interactive';

/**
 * "Add note" under a trend chart: a day (the latest month in view by default) and a line of plain
 * text, saved with the preferences and carried by links and snapshots. Also says what an opened
 * link did to the notes. Nothing of it shows in a snapshot (read-only).
 */
export function NotesControl({ latestMonth }: { latestMonth: string | null }) {
  const interactive = useInteractive();
  const addNote = useAppStore((s) => s.addNote);
  const fromLink = useAppStore((s) => s.notesFromLink);
  const dismiss = useAppStore((s) => s.dismissNotesFromLink);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  if (!interactive) return null;

  const start = () => {
    setDate(latestMonth ? `${latestMonth}-01` : new Date().toISOString().slice(0, 10));
    setText('');
    setProblem(null);
    setSaved(null);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setProblem(null);
    requestAnimationFrame(() => toggle.current?.focus());
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const result = addNote(date, text);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setSaved(`Note added for ${result.value.date}.`);
    close();
  };

  return (
    <div className="notes-control" data-testid="notes-control">
      {fromLink && (
        <p className="notes-from-link small" role="status" data-testid="notes-from-link">
          {fromLink.added > 0
            ? `This link added ${fromLink.added === 1 ? 'a note' : `${fromLink.added} notes`} to yours (a note with the same day and text is kept once).`
            : 'This link’s notes are already among yours.'}
          {fromLink.skipped > 0 &&
            ` ${fromLink.skipped} more did not fit: at most 50 notes are kept, remove some to make room.`}{' '}
          <button type="button" className="link small" onClick={dismiss}>
            Dismiss
          </button>
        </p>
      )}
      {open ? (
        <form
          className="note-form"
          onSubmit={save}
          aria-label="Add a note to the timeline"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <div className="note-field note-day">
            <label htmlFor={`${id}-date`}>Day</label>
            <input
              id={`${id}-date`}
              type="date"
              required
              value={date}
              onChange={(event) => setDate(event.target.value)}
              data-testid="note-date"
            />
          </div>
          <div className="note-field note-text">
            <label htmlFor={`${id}-text`}>Note</label>
            <input
              id={`${id}-text`}
              type="text"
              required
              autoFocus
              maxLength={MAX_NOTE_LENGTH}
              value={text}
              placeholder="e.g. webinar launched"
              aria-describedby={`${id}-count`}
              onChange={(event) => setText(event.target.value)}
              data-testid="note-text"
            />
          </div>
          <span id={`${id}-count`} className="note-count muted small num">
            {text.length}/{MAX_NOTE_LENGTH} characters
          </span>
          <div className="note-actions">
            <button type="submit" className="primary small" data-testid="save-note">
              Save
            </button>
            <button type="button" className="small" onClick={close}>
              Cancel
            </button>
          </div>
          {problem && (
            <p className="note-problem small" role="alert">
              {problem}
            </p>
          )}
        </form>
      ) : (
        <div className="note-start">
          <button type="button" className="small" ref={toggle} onClick={start} data-testid="add-note">
            Add note
          </button>
          <span className="muted small">
            Pin an event to a day (“webinar launched”). Notes stay in this browser and travel with links and
            snapshots; a link’s notes are added to yours.
          </span>
        </div>
      )}
      <span className="visually-hidden" role="status">
        {saved}
      </span>
    </div>
  );
}
