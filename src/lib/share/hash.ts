/**
 * The URL hash that carries view state: `#s=<base64url(JSON)>`, the JSON being
 * `{ "v": 1, <section>: …, … }`. The hash never reaches a server; raw rows never go in it.
 *
 * Each top-level key is a *section* with its own decoder (SECTIONS below). To add one (issue 5:
 * filters, view), give ShareState an optional key and SECTIONS a decoder/encoder for it; the
 * envelope, size limits and error handling stay as they are. A reader ignores sections it does
 * not know (with a warning), so a newer link still opens what this version understands; a link
 * with a higher `v` is refused, because its sections may mean something else.
 *
 * Nothing here throws or evaluates anything: malformed input comes back as
 * `{ kind: 'error', message }` with a sentence meant for the user.
 */
import { decodeBase64Url, encodeBase64Url } from './base64url';
import {
  decodeCalculatorSection,
  encodeCalculatorSection,
  type DecodeCalculatorOptions,
  type SharedCalculator,
} from './calculator-section';
import { isRecord, own, type Decoded } from './result';

export const SHARE_VERSION = 1;
/** The hash parameter that holds the state. */
export const SHARE_PARAM = 's';
/** Far above a dozen scenarios (~10 KB); a longer value is refused before it is decoded. */
export const MAX_ENCODED_LENGTH = 200_000;

/** Everything a link can carry; every key is optional (a link may carry only some of it). */
export interface ShareState {
  calculator?: SharedCalculator;
}

export type DecodeOptions = DecodeCalculatorOptions;

interface Section<K extends keyof ShareState> {
  /** What the user is told failed, e.g. "the calculator's scenarios". */
  what: string;
  decode: (raw: unknown, options: DecodeOptions) => Decoded<NonNullable<ShareState[K]>>;
  encode: (value: NonNullable<ShareState[K]>) => unknown;
}

const SECTIONS: { [K in keyof ShareState]-?: Section<K> } = {
  calculator: {
    what: "the calculator's scenarios",
    decode: decodeCalculatorSection,
    encode: encodeCalculatorSection,
  },
};

const SECTION_KEYS = Object.keys(SECTIONS) as (keyof ShareState)[];

export type ShareHashResult =
  | { kind: 'none' }
  | { kind: 'ok'; state: ShareState; warnings: string[] }
  | { kind: 'error'; message: string };

/** The `s` value for a state (sections that are undefined are left out). */
export function encodeShareState(state: ShareState): string {
  const json: Record<string, unknown> = { v: SHARE_VERSION };
  for (const key of SECTION_KEYS) {
    const value = state[key];
    if (value !== undefined) json[key] = SECTIONS[key].encode(value);
  }
  return encodeBase64Url(JSON.stringify(json));
}

/** The whole hash, `#s=…`, for a state. */
export function shareHash(state: ShareState): string {
  return `#${SHARE_PARAM}=${encodeShareState(state)}`;
}

const fail = (reason: string): ShareHashResult => ({
  kind: 'error',
  message: `This link's saved view could not be opened: ${reason}. Your own settings were kept.`,
});

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

/** Decodes an `s` value. */
export function decodeShareState(encoded: string, options: DecodeOptions = {}): ShareHashResult {
  if (encoded === '') return fail('it is empty');
  if (encoded.length > MAX_ENCODED_LENGTH) {
    return fail(`it is ${encoded.length.toLocaleString('en-US')} characters long, more than a link can hold`);
  }
  const text = decodeBase64Url(encoded);
  if (!text.ok) return fail(text.error);
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch {
    return fail('it is not valid JSON (the link may have been cut short when it was copied)');
  }
  if (!isRecord(json)) return fail('it is not an object');
  const version = own(json, 'v');
  if (version !== SHARE_VERSION) {
    if (typeof version === 'number' && Number.isInteger(version) && version > SHARE_VERSION) {
      return fail(
        `it was made by a newer version of LeadGap (format ${version}; this one reads format ${SHARE_VERSION})`,
      );
    }
    return fail('it has no format version this app knows');
  }
  const state: ShareState = {};
  const warnings: string[] = [];
  for (const key of Object.keys(json)) {
    if (key !== 'v' && !(SECTION_KEYS as string[]).includes(key)) {
      warnings.push(`"${key.slice(0, 40)}" is not something this version understands; it was ignored`);
    }
  }
  for (const key of SECTION_KEYS) {
    const raw = own(json, key);
    if (raw === undefined) continue;
    const section = SECTIONS[key];
    const result = section.decode(raw, options);
    if (!result.ok) return fail(`${section.what}: ${result.error}`);
    state[key] = result.value;
    warnings.push(...result.warnings);
  }
  return { kind: 'ok', state, warnings };
}
