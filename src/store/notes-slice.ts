import type { StateCreator } from 'zustand';
import { isIsoDate } from '../lib/iso-date';
import { decoded, rejected, type Decoded } from '../lib/share/result';
import {
  MAX_NOTES,
  checkNote,
  checkNoteText,
  mergeNotes,
  sortNotes,
  type Note,
} from '../lib/share/notes-section';
import type { AppState } from './app-store';

export type { Note };

/** Notes pinned to days (lib/share/notes-section.ts): persisted with the preferences, carried by links. */
export interface NotesSlice {
  /** Sorted by day. */
  notes: Note[];
  /** What the last opened link did to the notes (null: none brought any, or the user dismissed it). */
  notesFromLink: { added: number; skipped: number } | null;
  /** Adds a note, or says why it cannot (the text is trimmed first). */
  addNote: (date: string, text: string) => Decoded<Note>;
  removeNote: (id: string) => void;
  /** A link's notes, added to the user's own (same day and text kept once). */
  addLinkNotes: (notes: readonly Note[]) => void;
  dismissNotesFromLink: () => void;
}

let counter = 0;
/** Unique enough within one list of at most 50 (not a secret: it only tells notes apart). */
export function newNoteId(): string {
  counter = (counter + 1) % 1296;
  return `${Date.now().toString(36)}${counter.toString(36).padStart(2, '0')}${Math.random().toString(36).slice(2, 6)}`;
}

export const createNotesSlice: StateCreator<AppState, [], [], NotesSlice> = (set, get) => ({
  notes: [],
  notesFromLink: null,
  addNote: (date, text) => {
    if (!isIsoDate(date)) return rejected('Choose a day for the note.');
    const checked = checkNoteText(text);
    if (!checked.ok) return rejected(`The note cannot be saved: ${checked.error}.`);
    const notes = get().notes;
    if (notes.length >= MAX_NOTES) return rejected(`There are already ${MAX_NOTES} notes: remove one first.`);
    if (notes.some((n) => n.date === date && n.text === checked.value)) {
      return rejected('That note is already there.');
    }
    const note: Note = { id: newNoteId(), date, text: checked.value };
    set({ notes: sortNotes([...notes, note]) });
    return decoded(note);
  },
  removeNote: (id) => set((s) => ({ notes: s.notes.filter((n) => n.id !== id) })),
  addLinkNotes: (incoming) => {
    const merged = mergeNotes(get().notes, incoming, newNoteId);
    set({
      ...(merged.added > 0 ? { notes: merged.notes } : {}),
      notesFromLink:
        merged.added > 0 || merged.skipped > 0 ? { added: merged.added, skipped: merged.skipped } : null,
    });
  },
  dismissNotesFromLink: () => set({ notesFromLink: null }),
});

/**
 * The notes of a stored copy (localStorage), checked like a link's: each readable note is kept (a bad
 * one is dropped, not the lot), a repeated id or day-and-text once, at most MAX_NOTES.
 */
export function storedNotes(raw: unknown): Note[] {
  if (!Array.isArray(raw)) return [];
  const notes: Note[] = [];
  for (const item of raw.slice(0, MAX_NOTES)) {
    const note = checkNote(item);
    if (!note.ok) continue;
    const { id, date, text } = note.value;
    if (notes.some((n) => n.id === id || (n.date === date && n.text === text))) continue;
    notes.push(note.value);
  }
  return sortNotes(notes);
}
