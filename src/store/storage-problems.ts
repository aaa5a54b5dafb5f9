/**
 * When the browser's storage fails the saved copies of the files (kept so they come back after a
 * reload), the data in the tab is untouched and the user is told what that means, once per kind:
 * storage full, storage refused (a private window, or site data turned off), or another tab
 * changing the same saved files.
 */
export type StorageProblem = 'full' | 'refused' | 'other-tab';
type Listener = (problem: StorageProblem, message: string) => void;

const listeners = new Set<Listener>();
const told = new Set<StorageProblem>();

export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function storageMessage(problem: StorageProblem, fileName?: string): string {
  const file = fileName ? `“${fileName}”` : 'The data';
  switch (problem) {
    case 'full':
      return `${file} is loaded in this tab, but the browser’s storage for this site is full, so it will not come back after a reload. Remove files you no longer need, or free disk space, to keep it.`;
    case 'refused':
      return 'This browser window does not let the site keep files (a private window, or site data turned off): the data stays in this tab until you close or reload it.';
    case 'other-tab':
      return 'LeadGap is open in another tab, which changed the saved files: this tab keeps what it shows; after a reload it shows the files as the other tab left them.';
  }
}

function tell(problem: StorageProblem, fileName?: string): void {
  if (told.has(problem)) return;
  told.add(problem);
  for (const listener of listeners) listener(problem, storageMessage(problem, fileName));
}

/** A failed storage request, sorted into what the user can do about it. */
export function reportStorageFailure(error: unknown, fileName?: string): void {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const text = error instanceof Error ? error.message : String(error);
  tell(name === 'QuotaExceededError' || /quota|full|space/i.test(text) ? 'full' : 'refused', fileName);
}

export function reportStorageUnavailable(): void {
  tell('refused');
}

// Tabs of this site tell each other when they change the saved files.
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('leadgap-saved-files');
if (channel) channel.onmessage = () => tell('other-tab');

export function announceSavedFilesChanged(): void {
  channel?.postMessage('changed');
}
