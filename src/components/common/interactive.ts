import { createContext, useContext } from 'react';

/**
 * Whether clicking a chart or a row filters the views: true in the site, false in a snapshot, whose
 * figures hold one set of filters (SnapshotApp provides false). Click-to-filter sentences, pointer
 * cursors and focusable rows follow it, so a snapshot promises only what it does.
 */
export const Interactive = createContext(true);

export function useInteractive(): boolean {
  return useContext(Interactive);
}
