/**
 * The URL hash that carries view state: `#s=<base64url>`. The hash never reaches a server; raw rows
 * never go in it.
 *
 * Formats (the first decoded byte tells them apart; envelope.ts holds the bytes of 2 and 3):
 * - format 3 (written now): one version byte (3), the CRC-32 of the UTF-8 JSON, then its raw
 *   DEFLATE. The check makes a link changed by one character fail with a sentence; in format 2, ~3% of
 *   such changes opened as a different, valid view.
 * - format 2 (still read): one version byte (2), then the raw DEFLATE of the UTF-8 JSON
 *   `{ "calculator"?, "filters"?, "definition"?, "view"?, "figures"?, "notes"?, "report"? }`
 *   ("figures", "notes" and "report" came later within format 2, each with a version of its own; an
 *   older reader ignores them with a warning). Deflate pays here: a link with filters, the lead
 *   definition and three scenarios is ~860 characters instead of ~3,700 as plain base64url JSON,
 *   twelve scenarios ~1,000 instead of ~12,800 (test/unit/lib/share/hash-v2.test.ts), which keeps
 *   links short enough for chat and e-mail.
 * - format 1 (issue 4, still read): base64url of the plain JSON `{ "v": 1, "calculator": … }`;
 *   its first byte is always `{` (a version byte is below 0x20). Migrated on read (format 1 knew
 *   only the calculator section).
 *
 * Each top-level key is a *section* with its own strict decoder (SECTIONS below): known keys only,
 * types and ranges checked, sizes capped. A reader ignores sections it does not know (with a
 * warning); a link of a higher format is refused, because its sections may mean something else.
 *
 * Nothing here throws or evaluates anything: malformed input comes back as
 * `{ kind: 'error', message }` with a sentence meant for the user.
 */
import type { Filters, LeadDefinition } from '../metrics/context';
import { decodeBase64UrlBytes, decodeUtf8, encodeBase64UrlBytes } from './base64url';
import {
  decodeCalculatorSection,
  encodeCalculatorSection,
  type DecodeCalculatorOptions,
  type SharedCalculator,
} from './calculator-section';
import { decodeDefinitionSection, encodeDefinitionSection } from './definition-section';
import { decodeFiguresSection, encodeFiguresSection, type SharedFigures } from './figures-section';
import { decodeFiltersSection, encodeFiltersSection } from './filters-section';
import { decodeNotesSection, encodeNotesSection, type Note } from './notes-section';
import type { ReportFigures } from './report-figures';
import { decodeReportSection, encodeReportSection } from './report-section';
import { FIRST_DEFLATE_VERSION, MAX_JSON_BYTES, SHARE_VERSION, packJson, unpackJson } from './envelope';
import { isRecord, own, type Decoded } from './result';
import { decodeViewSection, type SharedView } from './view-section';

export { MAX_JSON_BYTES, SHARE_VERSION };
/** The hash parameter that holds the state. */
export const SHARE_PARAM = 's';
/** Far above a dozen scenarios and a long filter; a longer value is refused before it is decoded. */
export const MAX_ENCODED_LENGTH = 200_000;
/** Version bytes are small numbers; a first byte from here on is text (format 1 starts with '{'). */
const FIRST_TEXT_BYTE = 0x20;

/** Everything a link can carry; every key is optional (a link may carry only some of it). */
export interface ShareState {
  calculator?: SharedCalculator;
  filters?: Filters;
  definition?: LeadDefinition;
  view?: SharedView;
  /** The Overview's headline figures as the sender saw them: shown only to someone without data. */
  figures?: SharedFigures;
  /** The sender's notes on the timeline (added to the receiver's own: store/notes-slice.ts). */
  notes?: Note[];
  /** The Report view's aggregates (owners as "Rep A"…): only in a link to the Report view. */
  report?: ReportFigures;
}

export type DecodeOptions = DecodeCalculatorOptions;

interface Section<K extends keyof ShareState> {
  /** What the user is told failed, e.g. "the calculator's scenarios". */
  what: string;
  decode: (raw: unknown, options: DecodeOptions) => Decoded<NonNullable<ShareState[K]>>;
  encode: (value: NonNullable<ShareState[K]>) => unknown;
  /** The first format that has this section. */
  since: number;
}

const SECTIONS: { [K in keyof ShareState]-?: Section<K> } = {
  calculator: {
    what: "the calculator's scenarios",
    decode: decodeCalculatorSection,
    encode: encodeCalculatorSection,
    since: 1,
  },
  filters: { what: 'the filters', decode: decodeFiltersSection, encode: encodeFiltersSection, since: 2 },
  definition: {
    what: 'the lead definition',
    decode: decodeDefinitionSection,
    encode: encodeDefinitionSection,
    since: 2,
  },
  view: { what: 'the view', decode: decodeViewSection, encode: (view) => view, since: 2 },
  figures: {
    what: 'the headline figures',
    decode: decodeFiguresSection,
    encode: encodeFiguresSection,
    since: 2,
  },
  notes: { what: 'the notes', decode: decodeNotesSection, encode: encodeNotesSection, since: 2 },
  report: { what: 'the report', decode: decodeReportSection, encode: encodeReportSection, since: 2 },
};

const SECTION_KEYS = Object.keys(SECTIONS) as (keyof ShareState)[];

export type ShareHashResult =
  | { kind: 'none' }
  | { kind: 'ok'; state: ShareState; warnings: string[] }
  | { kind: 'error'; message: string };

/** The JSON object of a state (sections that are undefined are left out). */
function stateJson(state: ShareState): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const key of SECTION_KEYS) {
    const value = state[key];
    if (value !== undefined) json[key] = (SECTIONS[key].encode as (v: unknown) => unknown)(value);
  }
  return json;
}

/** The `s` value for a state, in the current format. */
export function encodeShareState(state: ShareState): string {
  return encodeBase64UrlBytes(packJson(new TextEncoder().encode(JSON.stringify(stateJson(state)))));
}

/** The whole hash, `#s=…`, for a state. */
export function shareHash(state: ShareState): string {
  return `#${SHARE_PARAM}=${encodeShareState(state)}`;
}

const fail = (reason: string): ShareHashResult => ({
  kind: 'error',
  message: `This link's saved view could not be opened: ${reason}. Your own settings were kept.`,
});

const newer = (version: number) =>
  fail(
    `it was made by a newer version of LeadGap (format ${version}; this one reads formats 1 to ${SHARE_VERSION})`,
  );

/**
 * Reads `location.hash` (with or without the leading '#'). No `s` parameter: `{ kind: 'none' }`
 * (other parameters are ignored). A present but unreadable one: `{ kind: 'error' }`.
 */
export function readShareHash(hash: string, options: DecodeOptions = {}): ShareHashResult {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return { kind: 'none' };
  let encoded: string | null;
  try {
    encoded = new URLSearchParams(body).get(SHARE_PARAM);
  } catch {
    return { kind: 'none' };
  }
  if (encoded === null) return { kind: 'none' };
  return decodeShareState(encoded, options);
}

function parseJson(text: string): Record<string, unknown> | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'it is not valid JSON (the link may have been cut short when it was copied)';
  }
  return isRecord(json) ? json : 'it is not an object';
}

/** Decodes an `s` value of any format this version reads. */
export function decodeShareState(encoded: string, options: DecodeOptions = {}): ShareHashResult {
  if (encoded === '') return fail('it is empty');
  if (encoded.length > MAX_ENCODED_LENGTH) {
    return fail(`it is ${encoded.length.toLocaleString('en-US')} characters long, more than a link can hold`);
  }
  const bytes = decodeBase64UrlBytes(encoded);
  if (!bytes.ok) return fail(bytes.error);
  const first = bytes.value[0];
  if (first === undefined) return fail('it is empty');

  if (first >= FIRST_TEXT_BYTE) {
    // Text: format 1, plain JSON with "v": 1 (it starts with '{'). Version bytes are below 0x20.
    const text = decodeUtf8(bytes.value);
    if (!text.ok) return fail(text.error);
    const json = parseJson(text.value);
    if (typeof json === 'string') return fail(json);
    const version = own(json, 'v');
    if (version !== 1) {
      if (typeof version === 'number' && Number.isInteger(version) && version > SHARE_VERSION) {
        return newer(version);
      }
      return fail('it has no format version this app knows');
    }
    return decodeSections(json, 1, options);
  }

  if (first > SHARE_VERSION) return newer(first);
  if (first < FIRST_DEFLATE_VERSION) return fail('it has no format version this app knows');
  const inflated = unpackJson(bytes.value);
  if (typeof inflated === 'string') return fail(inflated);
  const text = decodeUtf8(inflated);
  if (!text.ok) return fail(text.error);
  const json = parseJson(text.value);
  if (typeof json === 'string') return fail(json);
  return decodeSections(json, first, options);
}

/** Checks each known section of a format-`version` JSON object; the rest is ignored with a warning. */
function decodeSections(
  json: Record<string, unknown>,
  version: number,
  options: DecodeOptions,
): ShareHashResult {
  const known = SECTION_KEYS.filter((key) => SECTIONS[key].since <= version);
  const state: ShareState = {};
  const warnings: string[] = [];
  for (const key of Object.keys(json)) {
    if (key === 'v' && version === 1) continue;
    if (!(known as string[]).includes(key)) {
      warnings.push(`"${key.slice(0, 40)}" is not something this version understands; it was ignored`);
    }
  }
  for (const key of known) {
    const raw = own(json, key);
    if (raw === undefined) continue;
    const section = SECTIONS[key] as Section<typeof key>;
    const result = section.decode(raw, options);
    if (!result.ok) return fail(`${section.what}: ${result.error}`);
    (state as Record<string, unknown>)[key] = result.value;
    warnings.push(...result.warnings);
  }
  return { kind: 'ok', state, warnings };
}
