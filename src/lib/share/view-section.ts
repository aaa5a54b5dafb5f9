/** The `view` key of the share state: which view of the app is open. */
import { decoded, describeValue, rejected, type Decoded } from './result';

export const SHARED_VIEWS = [
  'data',
  'overview',
  'funnel',
  'follow-up',
  'reps',
  'sources',
  'calculator',
] as const;
export type SharedView = (typeof SHARED_VIEWS)[number];

export function isSharedView(value: unknown): value is SharedView {
  return typeof value === 'string' && (SHARED_VIEWS as readonly string[]).includes(value);
}

export function decodeViewSection(raw: unknown): Decoded<SharedView> {
  return isSharedView(raw) ? decoded(raw) : rejected(`${describeValue(raw)} is not a view of this app`);
}
