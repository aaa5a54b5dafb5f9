import { useState, type KeyboardEvent } from 'react';

const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at) => at + 1,
  ArrowRight: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  ArrowLeft: (at) => at - 1,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * A chart's marks as one tab stop (roving tabindex): the stop is the mark last moved to, else the
 * selected one, else the first; arrow keys, Home and End move between the marks, which carry
 * data-category and sit inside one `.chart-box`.
 */
export function useRovingMarks(marks: readonly string[], selected: string | null) {
  const [moved, setMoved] = useState<string | null>(null);
  const stop = [moved, selected, marks[0]].find((m): m is string => m != null && marks.includes(m));
  /** Handles a move key (true) or leaves the key to the caller (false). */
  const walk = (event: KeyboardEvent<Element>, mark: string): boolean => {
    const move = MOVES[event.key];
    if (!move) return false;
    event.preventDefault();
    const last = marks.length - 1;
    const target = marks[Math.min(last, Math.max(0, move(marks.indexOf(mark), last)))];
    if (target === undefined) return true;
    setMoved(target);
    const box = event.currentTarget.closest('.chart-box');
    box?.querySelector<SVGGElement>(`[data-category="${CSS.escape(target)}"]`)?.focus();
    keepFocus(box ?? null, target);
    return true;
  };
  return { stop, walk, onFocus: setMoved };
}

/** After a mark filtered, the chart redraws: focus stays on that mark if the redraw dropped it. */
export function keepFocus(box: Element | null, category: string): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    box?.querySelector<SVGGElement>(`[data-category="${CSS.escape(category)}"]`)?.focus();
  });
}
