/** "over the 18 months in view" from a span in days (the Overview's sentence, the Calculator's scale). */
export function spanWords(days: number): string {
  const months = Math.round(days / (365 / 12));
  if (months >= 2) return `over the ${months} months in view`;
  const whole = Math.round(days);
  return whole === 1 ? 'on the one day in view' : `over the ${whole} days in view`;
}
