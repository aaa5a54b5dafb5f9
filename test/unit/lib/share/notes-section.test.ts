import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareState, readShareHash, shareHash } from '../../../../src/lib/share/hash';
import {
  MAX_NOTES,
  MAX_NOTE_LENGTH,
  checkNoteText,
  decodeNotesSection,
  encodeNotesSection,
  mergeNotes,
  type Note,
} from '../../../../src/lib/share/notes-section';
import { decodeSnapshot } from '../../../../src/lib/share/snapshot-document';

const note = (id: string, date: string, text: string): Note => ({ id, date, text });
const section = (items: unknown, v: unknown = 1) => ({ v, items });

describe('the notes section of a link', () => {
  it('round-trips notes, sorted by day, through the whole hash', () => {
    const notes = [note('b', '2025-03-02', 'new SDR started'), note('a', '2025-01-15', 'webinar launched')];
    const result = readShareHash(shareHash({ notes }));
    expect(result).toEqual({
      kind: 'ok',
      state: { notes: [notes[1], notes[0]] },
      warnings: [],
    });
  });

  it('keeps markup as the characters it is (plain text, nothing interpreted)', () => {
    const text = '<script>alert(1)</script>';
    const decoded = decodeNotesSection(encodeNotesSection([note('x', '2025-01-01', text)]));
    expect(decoded).toEqual({ ok: true, value: [{ id: 'x', date: '2025-01-01', text }], warnings: [] });
  });

  it('trims the text and counts 140 characters at most', () => {
    expect(checkNoteText('  launch  ')).toEqual({ ok: true, value: 'launch', warnings: [] });
    expect(checkNoteText('x'.repeat(140)).ok).toBe(true);
    expect(checkNoteText(` ${'x'.repeat(140)} `).ok).toBe(true);
    expect(checkNoteText('x'.repeat(141))).toEqual({
      ok: false,
      error: 'the text is 141 characters long; a note holds at most 140',
    });
    expect(MAX_NOTE_LENGTH).toBe(140);
    expect(checkNoteText('   ').ok).toBe(false);
    expect(checkNoteText(42).ok).toBe(false);
  });

  it('refuses control characters, line breaks and bidi overrides', () => {
    for (const bad of [
      'a\nb',
      'a\tb',
      'a\u0000b',
      'a\u007fb',
      'a\u0085b',
      'a\u2028b',
      'a\u202eb',
      'a\u2066b',
    ]) {
      expect(checkNoteText(bad).ok, JSON.stringify(bad)).toBe(false);
      expect(decodeNotesSection(section([note('a', '2025-01-01', bad)])).ok).toBe(false);
    }
    expect(checkNoteText('broken \ud83d here').ok).toBe(false);
    expect(checkNoteText('broken \ude80 here').ok).toBe(false);
    // Letters from anywhere and emoji are text.
    expect(checkNoteText('Kampagne “Frühling” 🚀 начата').ok).toBe(true);
  });

  it('refuses days that are not days', () => {
    for (const date of [
      '2025-02-30',
      '2025-13-01',
      '2025-1-1',
      '01/02/2025',
      '2025-01-01T00:00:00Z',
      20250101,
      null,
    ]) {
      const result = decodeNotesSection(section([{ id: 'a', date, text: 'x' }]));
      expect(result.ok, String(date)).toBe(false);
    }
    expect(decodeNotesSection(section([note('a', '2024-02-29', 'leap')])).ok).toBe(true);
  });

  it('caps the count and the size, and refuses a newer or missing version', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => note(`n${i}`, '2025-01-01', `note ${i}`));
    expect(decodeNotesSection(section(many(MAX_NOTES))).ok).toBe(true);
    expect(decodeNotesSection(section(many(MAX_NOTES + 1)))).toEqual({
      ok: false,
      error: 'there are 51; at most 50 notes are kept',
    });
    // The most that 50 valid notes can take still reads, through the whole link.
    const quoted = Array.from({ length: MAX_NOTES }, (_, i) =>
      note(`${'i'.repeat(30)}${i + 10}`, '2025-01-01', `${i + 10}${'"'.repeat(138)}`),
    );
    const link = readShareHash(shareHash({ notes: quoted }));
    expect(link.kind === 'ok' && link.state.notes?.length).toBe(MAX_NOTES);
    const padded = { ...section([]), pad: 'x'.repeat(20_001) };
    expect(decodeNotesSection(padded).ok).toBe(false);
    expect(decodeNotesSection(section([], 2))).toEqual({
      ok: false,
      error: 'they were written by a newer version of LeadGap (notes format 2)',
    });
    expect(decodeNotesSection({ items: [] }).ok).toBe(false);
    expect(decodeNotesSection([note('a', '2025-01-01', 'x')]).ok).toBe(false);
    expect(decodeNotesSection(section('notes')).ok).toBe(false);
  });

  it('reads known keys only: others are not carried over, __proto__ included', () => {
    const raw = JSON.parse(
      '{"v":1,"extra":1,"items":[{"id":"a","date":"2025-01-01","text":"x","html":"<b>","__proto__":{"polluted":true}}]}',
    ) as unknown;
    const result = decodeNotesSection(raw);
    expect(result).toEqual({ ok: true, value: [{ id: 'a', date: '2025-01-01', text: 'x' }], warnings: [] });
    if (result.ok) {
      expect(Object.keys(result.value[0] ?? {})).toEqual(['id', 'date', 'text']);
      expect(Object.getPrototypeOf(result.value[0])).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // A section named __proto__ or a note that is only a __proto__ key is not read as notes.
    expect(decodeNotesSection(JSON.parse('{"__proto__":{"v":1,"items":[]}}')).ok).toBe(false);
    expect(
      decodeNotesSection(section([JSON.parse('{"__proto__":{"id":"a","date":"2025-01-01","text":"x"}}')])).ok,
    ).toBe(false);
  });

  it('refuses bad ids, and two notes with one id; keeps a repeated day and text once', () => {
    for (const id of ['', 'a b', 'x'.repeat(33), '<i>', 7]) {
      expect(decodeNotesSection(section([{ id, date: '2025-01-01', text: 'x' }])).ok, String(id)).toBe(false);
    }
    expect(decodeNotesSection(section([note('a', '2025-01-01', 'x'), note('a', '2025-01-02', 'y')])).ok).toBe(
      false,
    );
    expect(decodeNotesSection(section([note('a', '2025-01-01', 'x'), note('b', '2025-01-01', 'x')]))).toEqual(
      {
        ok: true,
        value: [note('a', '2025-01-01', 'x')],
        warnings: ['1 repeated note was kept once'],
      },
    );
  });

  it('refuses the whole link with a sentence when its notes are bad', () => {
    const json = { view: 'report', notes: section([{ id: 'a', date: '2025-02-30', text: 'x' }]) };
    const deflated = deflateSync(new TextEncoder().encode(JSON.stringify(json)));
    const encoded = Buffer.from([2, ...deflated]).toString('base64url');
    const result = decodeShareState(encoded);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message).toContain('the notes: the note date "2025-02-30"');
  });
});

describe('merging a link’s notes into one’s own', () => {
  const fresh = (() => {
    let i = 0;
    return () => `fresh${++i}`;
  })();

  it('adds new ones, keeps the same day and text once, and gives a taken id a new one', () => {
    const own = [note('a', '2025-01-10', 'webinar'), note('b', '2025-02-01', 'new SDR')];
    const incoming = [note('z', '2025-01-10', 'webinar'), note('a', '2025-01-05', 'price change')];
    const merged = mergeNotes(own, incoming, fresh);
    expect(merged.added).toBe(1);
    expect(merged.skipped).toBe(0);
    expect(merged.notes).toEqual([
      note('fresh1', '2025-01-05', 'price change'),
      note('a', '2025-01-10', 'webinar'),
      note('b', '2025-02-01', 'new SDR'),
    ]);
  });

  it('stops at 50 notes and says how many did not fit', () => {
    const own = Array.from({ length: 49 }, (_, i) => note(`o${i}`, '2025-01-01', `own ${i}`));
    const merged = mergeNotes(
      own,
      [note('x', '2025-03-01', 'late'), note('y', '2025-02-01', 'early')],
      fresh,
    );
    expect(merged.notes).toHaveLength(50);
    expect(merged.added).toBe(1);
    expect(merged.skipped).toBe(1);
    expect(merged.notes.some((n) => n.text === 'early')).toBe(true);
  });
});

describe('notes in a snapshot document', () => {
  it('travel through collect and decode, checked like a link’s; a snapshot without notes still reads', async () => {
    const { collect, collectInput } = await import('./snapshot-fixture');
    const { collectSnapshot } = await import('../../../../src/lib/share/snapshot-collect');
    const without = await collect();
    expect('notes' in without).toBe(false);
    const read = decodeSnapshot(JSON.parse(JSON.stringify(without)));
    expect(read.ok && read.value.notes).toBe(undefined);

    const notes = [note('a', '2025-01-01', '<script>x</script>')];
    const doc = await collectSnapshot({ ...(await collectInput()), notes });
    const back = decodeSnapshot(JSON.parse(JSON.stringify(doc)));
    expect(back.ok && back.value.notes).toEqual(notes);
    const bad = decodeSnapshot({
      ...JSON.parse(JSON.stringify(doc)),
      notes: [note('a', '2025-01-01', 'a\nb')],
    });
    expect(bad.ok).toBe(false);
  });
});
