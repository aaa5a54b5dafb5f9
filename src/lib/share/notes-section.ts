/**
 * Notes on the timeline ("webinar launched", "new SDR started"): a day and a line of plain text,
 * pinned by the user, drawn on the trend charts and listed in the report. This is their one check,
 * used by the store (adding, persisted copies), the `notes` key of the link (hash.ts) and snapshots.
 *
 * The text is plain text and stays so: it is only ever rendered as a React text node. It is trimmed,
 * 1–140 UTF-16 units (what an input's maxLength counts), and holds no control characters, line or
 * paragraph separators, bidirectional overrides (which could make a note read as something else) or
 * broken characters (half a surrogate pair).
 *
 * The link section is `{ "v": 1, "items": [{ "id", "date", "text" }] }`: its own version (a higher
 * one is refused), known keys only (others are not carried over), at most MAX_NOTES items, the JSON
 * capped at MAX_NOTES_JSON characters. Nothing here throws.
 */
import { isIsoDate } from '../iso-date';
import { decoded, describeValue, isRecord, own, rejected, type Decoded } from './result';
import { versionedSection } from './versioned-section';

export interface Note {
  id: string;
  /** The day it is pinned to (YYYY-MM-DD). */
  date: string;
  text: string;
}

export const NOTES_VERSION = 1;
export const MAX_NOTES = 50;
export const MAX_NOTE_LENGTH = 140;
/** The most 50 valid notes can take: 140 characters each, every one escaped (`"` → `\"`), with ids and days. */
export const MAX_NOTES_JSON = 20_000;
const ID = /^[A-Za-z0-9_-]{1,32}$/;
// C0 and C1 controls, DEL, the line/paragraph separators and the bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Half of a surrogate pair on its own: not text (it cannot be encoded as UTF-8). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The note's text as kept (trimmed), or a sentence saying why it cannot be a note. */
export function checkNoteText(raw: unknown): Decoded<string> {
  if (typeof raw !== 'string') return rejected('the text is not text');
  if (CONTROL.test(raw)) return rejected('the text holds control characters (tabs, line breaks or similar)');
  if (LONE_SURROGATE.test(raw)) return rejected('the text holds a broken character');
  const text = raw.trim();
  if (text === '') return rejected('the text is empty');
  if (text.length > MAX_NOTE_LENGTH) {
    return rejected(`the text is ${text.length} characters long; a note holds at most ${MAX_NOTE_LENGTH}`);
  }
  return decoded(text);
}

/** One note from outside (a link, a snapshot, a stored copy): known keys only. */
export function checkNote(raw: unknown): Decoded<Note> {
  if (!isRecord(raw)) return rejected('a note is not an object');
  const id = own(raw, 'id');
  if (typeof id !== 'string' || !ID.test(id))
    return rejected(`the note id ${describeValue(id)} is not valid`);
  const date = own(raw, 'date');
  if (!isIsoDate(date))
    return rejected(`the note date ${describeValue(date)} is not a day written YYYY-MM-DD`);
  const text = checkNoteText(own(raw, 'text'));
  if (!text.ok) return rejected(`a note dated ${date}: ${text.error}`);
  return decoded({ id, date, text: text.value });
}

/** By day, then text (so the order never depends on who added what first). */
export function sortNotes(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0,
  );
}

const sameNote = (a: Note, b: Note) => a.date === b.date && a.text === b.text;

/** A list of notes: at most MAX_NOTES, distinct ids; a note with the same day and text as an earlier one is dropped. */
export function checkNotes(raw: unknown): Decoded<Note[]> {
  if (!Array.isArray(raw)) return rejected('they are not a list');
  if (raw.length > MAX_NOTES) return rejected(`there are ${raw.length}; at most ${MAX_NOTES} notes are kept`);
  const notes: Note[] = [];
  const ids = new Set<string>();
  let repeated = 0;
  for (const item of raw) {
    const note = checkNote(item);
    if (!note.ok) return note;
    if (ids.has(note.value.id)) return rejected(`two notes have the id "${note.value.id}"`);
    ids.add(note.value.id);
    if (notes.some((n) => sameNote(n, note.value))) repeated += 1;
    else notes.push(note.value);
  }
  const warnings =
    repeated > 0 ? [`${repeated} repeated note${repeated === 1 ? ' was' : 's were'} kept once`] : [];
  return decoded(sortNotes(notes), warnings);
}

export function encodeNotesSection(notes: readonly Note[]): Record<string, unknown> {
  return { v: NOTES_VERSION, items: notes.map(({ id, date, text }) => ({ id, date, text })) };
}

export function decodeNotesSection(raw: unknown): Decoded<Note[]> {
  const section = versionedSection(raw, {
    version: NOTES_VERSION,
    maxJson: MAX_NOTES_JSON,
    format: 'notes',
    plural: true,
    capWords: 'notes take',
  });
  if (!section.ok) return section;
  return checkNotes(own(section.value, 'items'));
}

export interface Merged {
  notes: Note[];
  /** Incoming notes that were new. */
  added: number;
  /** Incoming notes left out because MAX_NOTES were reached. */
  skipped: number;
}

/**
 * `incoming` (a link's notes) added to `own`: a note with the same day and text is kept once, an
 * incoming id already taken is replaced by `freshId()`, and past MAX_NOTES the rest is left out
 * (earliest days first in, so the result does not depend on the list's order).
 */
export function mergeNotes(own: readonly Note[], incoming: readonly Note[], freshId: () => string): Merged {
  const notes = [...own];
  let added = 0;
  let skipped = 0;
  for (const note of sortNotes(incoming)) {
    if (notes.some((n) => sameNote(n, note))) continue;
    if (notes.length >= MAX_NOTES) {
      skipped += 1;
      continue;
    }
    const id = notes.some((n) => n.id === note.id) ? freshId() : note.id;
    notes.push({ ...note, id });
    added += 1;
  }
  return { notes: sortNotes(notes), added, skipped };
}
