import { describe, expect, it } from 'vitest';
import { createNotesSlice, storedNotes, type NotesSlice } from '../../../src/store/notes-slice';

/** The notes slice alone, on a plain object standing in for the store. */
function slice(): { get: () => NotesSlice } {
  let state = {} as NotesSlice;
  type Change = Partial<NotesSlice> | ((s: NotesSlice) => Partial<NotesSlice>);
  const set = (change: Change): void => {
    state = { ...state, ...(typeof change === 'function' ? change(state) : change) };
  };
  const create = createNotesSlice as unknown as (
    set: (change: Change) => void,
    get: () => NotesSlice,
    api: unknown,
  ) => NotesSlice;
  state = create(set, () => state, {});
  return { get: () => state };
}

describe('the notes slice', () => {
  it('adds trimmed notes sorted by day and removes them by id', () => {
    const s = slice();
    const later = s.get().addNote('2025-03-01', '  new SDR started ');
    const earlier = s.get().addNote('2025-01-15', 'webinar launched');
    expect(later.ok && earlier.ok).toBe(true);
    expect(s.get().notes.map((n) => [n.date, n.text])).toEqual([
      ['2025-01-15', 'webinar launched'],
      ['2025-03-01', 'new SDR started'],
    ]);
    expect(new Set(s.get().notes.map((n) => n.id)).size).toBe(2);
    if (earlier.ok) s.get().removeNote(earlier.value.id);
    expect(s.get().notes.map((n) => n.text)).toEqual(['new SDR started']);
  });

  it('says why a note cannot be added, and adds nothing', () => {
    const s = slice();
    expect(s.get().addNote('2025-02-30', 'x')).toEqual({ ok: false, error: 'Choose a day for the note.' });
    expect(s.get().addNote('', 'x').ok).toBe(false);
    expect(s.get().addNote('2025-01-01', '   ').ok).toBe(false);
    expect(s.get().addNote('2025-01-01', 'x'.repeat(141)).ok).toBe(false);
    expect(s.get().addNote('2025-01-01', 'two\nlines').ok).toBe(false);
    expect(s.get().notes).toEqual([]);
    expect(s.get().addNote('2025-01-01', 'once').ok).toBe(true);
    expect(s.get().addNote('2025-01-01', ' once ')).toEqual({
      ok: false,
      error: 'That note is already there.',
    });
  });

  it('holds at most 50 notes', () => {
    const s = slice();
    for (let i = 0; i < 50; i += 1) expect(s.get().addNote('2025-01-01', `note ${i}`).ok).toBe(true);
    expect(s.get().addNote('2025-01-02', 'one more')).toEqual({
      ok: false,
      error: 'There are already 50 notes: remove one first.',
    });
    expect(s.get().notes).toHaveLength(50);
  });

  it('adds a link’s notes to its own and says how many were new', () => {
    const s = slice();
    s.get().addNote('2025-01-15', 'webinar launched');
    s.get().addLinkNotes([
      { id: 'l1', date: '2025-01-15', text: 'webinar launched' },
      { id: 'l2', date: '2024-12-01', text: 'price change' },
    ]);
    expect(s.get().notes.map((n) => n.text)).toEqual(['price change', 'webinar launched']);
    expect(s.get().notesFromLink).toEqual({ added: 1, skipped: 0 });
    // The same link again (a reload): nothing new, nothing to say.
    s.get().addLinkNotes([{ id: 'l2', date: '2024-12-01', text: 'price change' }]);
    expect(s.get().notes).toHaveLength(2);
    expect(s.get().notesFromLink).toBeNull();
  });
});

describe('stored notes (localStorage)', () => {
  it('keeps each readable note and drops the rest, sorted, without repeats', () => {
    const raw = JSON.parse(
      '[{"id":"b","date":"2025-02-01","text":"b"},{"id":"a","date":"2025-01-01","text":" a ","x":1},' +
        '{"id":"c","date":"nope","text":"c"},{"id":"b","date":"2025-03-01","text":"same id"},' +
        '{"id":"d","date":"2025-02-01","text":"b"},"text",null,{"__proto__":{"id":"e"}}]',
    ) as unknown;
    expect(storedNotes(raw)).toEqual([
      { id: 'a', date: '2025-01-01', text: 'a' },
      { id: 'b', date: '2025-02-01', text: 'b' },
    ]);
    expect(storedNotes(undefined)).toEqual([]);
    expect(storedNotes({ notes: [] })).toEqual([]);
  });
});
