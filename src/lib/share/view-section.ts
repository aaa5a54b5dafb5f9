/** The `view` key of the share state: which view of the app is open. */
import { VIEW_IDS, type ViewId } from '../views';
import { decoded, describeValue, rejected, type Decoded } from './result';

export const SHARED_VIEWS = VIEW_IDS;
export type SharedView = ViewId;

export function isSharedView(value: unknown): value is SharedView {
  return typeof value === 'string' && (SHARED_VIEWS as readonly string[]).includes(value);
}

export function decodeViewSection(raw: unknown): Decoded<SharedView> {
  return isSharedView(raw) ? decoded(raw) : rejected(`${describeValue(raw)} is not a view of this app`);
}
