/**
 * Throws when any value is NaN or ±Infinity. The calculator's functions assume validated inputs
 * (see validateInputs); failing loudly here keeps NaN out of charts, URLs and exported JSON.
 */
export function assertFinite(values: Readonly<Record<string, number>>, context: string): void {
  for (const [name, value] of Object.entries(values)) {
    if (!Number.isFinite(value)) {
      throw new RangeError(`${context}: ${name} must be a finite number (got ${String(value)})`);
    }
  }
}

/** a / b, or null when the quotient is not a finite number (b = 0, or so small it overflows). */
export function divideOrNull(a: number, b: number): number | null {
  if (b === 0) return null;
  const quotient = a / b;
  return Number.isFinite(quotient) ? quotient : null;
}
