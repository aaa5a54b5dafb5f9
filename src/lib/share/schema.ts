/**
 * A small schema checker for JSON from outside (snapshot files): each check takes an unknown value
 * and returns it rebuilt from known keys only, with types, ranges and sizes checked, or throws a
 * SchemaError naming where it failed. `check()` turns that into a Decoded (nothing escapes).
 * Own properties only: "__proto__" or "constructor" keys in the JSON are never read.
 */
import { isIsoDate } from '../iso-date';
import { decoded, isRecord, own, rejected, type Decoded } from './result';

export type Check<T> = (value: unknown, path: string) => T;

class SchemaError extends Error {}

export const fail = (path: string, what: string): never => {
  throw new SchemaError(`${path || 'the value'} ${what}`);
};

const MAX_TEXT = 10_000;

export const str =
  (max = MAX_TEXT): Check<string> =>
  (value, path) =>
    typeof value !== 'string'
      ? fail(path, 'is not text')
      : value.length > max
        ? fail(path, `is longer than ${max} characters`)
        : value;

export const num: Check<number> = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(path, 'is not a number');

export const bool: Check<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'is not true or false');

export const day: Check<string> = (value, path) =>
  isIsoDate(value) ? value : fail(path, 'is not a day (YYYY-MM-DD)');

export const oneOf =
  <const L extends readonly string[]>(values: L): Check<L[number]> =>
  (value, path) =>
    typeof value === 'string' && values.includes(value)
      ? (value as L[number])
      : fail(path, `is not one of ${values.join(', ')}`);

export const nullable =
  <T>(inner: Check<T>): Check<T | null> =>
  (value, path) =>
    value === null ? null : inner(value, path);

/** A number from low to high (inclusive); `whole`: an integer too. */
export const within =
  (low: number, high: number, whole = false): Check<number> =>
  (value, path) => {
    const n = num(value, path);
    if (n < low || n > high) return fail(path, `is outside ${low}–${high}`);
    if (whole && !Number.isInteger(n)) return fail(path, 'is not a whole number');
    return n;
  };

/** The figures a link carries: a count of rows (whole, at most a billion), a rate (0–1 or null). */
export const count = within(0, 1e9, true);
export const rate = nullable(within(0, 1));

/** Fewer digits than a double carries, more than any figure shows: a link stays short. */
export const round = (n: number | null, digits: number) =>
  n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits;

export const arr =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'is not a list');
    if (value.length > max) return fail(path, `has more than ${max} items`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };

type Shape = Record<string, Check<unknown>>;
type Built<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** An object with exactly these keys read (others ignored); a missing key is read as undefined. */
export const obj =
  <S extends Shape>(shape: S): Check<Built<S>> =>
  (value, path) => {
    if (!isRecord(value)) return fail(path, 'is not an object');
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(shape)) {
      out[key] = inner(own(value, key), path ? `${path}.${key}` : key);
    }
    return out as Built<S>;
  };

/** Missing (undefined) is allowed and stays undefined. */
export const optional =
  <T>(inner: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : inner(value, path);

/** A check from a Decoded-returning decoder (the hash sections). */
export const fromDecoder =
  <T>(decode: (raw: unknown) => Decoded<T>): Check<T> =>
  (value, path) => {
    const result = decode(value);
    return result.ok ? result.value : fail(path, result.error);
  };

export function check<T>(schema: Check<T>, value: unknown, path = ''): Decoded<T> {
  try {
    return decoded(schema(value, path));
  } catch (error) {
    if (error instanceof SchemaError) return rejected(error.message);
    // RangeError (a too-deep value) or anything else: still a sentence, never a crash.
    return rejected(`${path || 'the value'} could not be read`);
  }
}
