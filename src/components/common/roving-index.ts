import { useState, type KeyboardEvent } from 'react';

type Axis = 'vertical' | 'horizontal';

const KEYS: Record<Axis, Record<string, 1 | -1>> = {
  vertical: { ArrowDown: 1, ArrowUp: -1 },
  horizontal: { ArrowRight: 1, ArrowLeft: -1 },
};

/**
 * A group of controls as one tab stop (roving tabindex, WAI-ARIA APG): the stop is the item last
 * focused, else `preferred`; arrow keys along `axis`, Home and End move between the items. The
 * group's element carries data-roving, each item data-roving-item.
 */
export function useRovingIndex(count: number, axis: Axis, preferred = 0) {
  const [current, setCurrent] = useState<number | null>(null);
  const stop = Math.max(0, Math.min(count - 1, current ?? preferred));
  /** Handles a move key (true) or leaves the key to the caller (false). */
  const walk = (event: KeyboardEvent<HTMLElement>, index: number): boolean => {
    const step = KEYS[axis][event.key];
    const to =
      step !== undefined ? index + step : event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : null;
    if (to === null) return false;
    event.preventDefault();
    const target = Math.max(0, Math.min(count - 1, to));
    const items = event.currentTarget
      .closest('[data-roving]')
      ?.querySelectorAll<HTMLElement>('[data-roving-item]');
    items?.[target]?.focus();
    return true;
  };
  const item = (index: number) => ({
    tabIndex: index === stop ? 0 : -1,
    'data-roving-item': '',
    onFocus: () => setCurrent(index),
  });
  return { item, walk };
}
