/** The GAP in words: positive is a gap to fill, negative a surplus. */
export function gapWord(gap: number): 'Gap' | 'Surplus' | 'No gap' {
  if (Math.round(gap) > 0) return 'Gap';
  if (Math.round(gap) < 0) return 'Surplus';
  return 'No gap';
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
