/** What every decoder in lib/share returns: a value, or one sentence saying what was wrong. Never throws. */
export type Decoded<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

export const decoded = <T>(value: T, warnings: string[] = []): Decoded<T> => ({ ok: true, value, warnings });
export const rejected = <T = never>(error: string): Decoded<T> => ({ ok: false, error });

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own, enumerable property only: a key such as "__proto__" or "constructor" in the JSON is never inherited. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A short, safe rendering of a bad value for a message (never the whole value). */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  let text: string;
  try {
    text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
