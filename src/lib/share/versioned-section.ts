/**
 * What every versioned section of a link checks before reading its keys (the headline figures, the
 * notes, the report): an object, its JSON within a cap, and a format version this app writes. A newer
 * version is refused by name, since its keys may mean something else.
 */
import { decoded, isRecord, own, rejected, type Decoded } from './result';

export interface SectionRules {
  version: number;
  maxJson: number;
  /** The format's name in messages: "figures" gives "figures format 2". */
  format: string;
  /** The section is spoken of as "they" (figures, notes) or "it" (the report). */
  plural: boolean;
  /** How the cap reads: "headline figures take", "a report takes". */
  capWords: string;
}

/** The section as a record, once those checks pass (its keys are still to be checked). */
export function versionedSection(raw: unknown, rules: SectionRules): Decoded<Record<string, unknown>> {
  const [they, is, was, has, takes] = rules.plural
    ? ['they', 'are', 'were', 'have', 'take']
    : ['it', 'is', 'was', 'has', 'takes'];
  if (!isRecord(raw)) return rejected(`${they} ${is} not an object`);
  let size: number;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    return rejected(`${they} could not be read`);
  }
  if (size > rules.maxJson) {
    return rejected(`${they} ${takes} ${size} characters; ${rules.capWords} at most ${rules.maxJson}`);
  }
  const version = own(raw, 'v');
  if (typeof version === 'number' && Number.isInteger(version) && version > rules.version) {
    return rejected(
      `${they} ${was} written by a newer version of LeadGap (${rules.format} format ${version})`,
    );
  }
  if (version !== rules.version) return rejected(`${they} ${has} no ${rules.format} format this app knows`);
  return decoded(raw);
}
