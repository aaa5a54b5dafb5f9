import { CALCULATOR_FIELDS, FIELD_KINDS, FIELD_LABELS } from './fields';
import type { CalculatorField, CalculatorInputs } from './types';

export { FIELD_LABELS };

/**
 * Upper bound for money and counts: far above any real figure, and low enough that every
 * product in the formulas stays finite (1e15 × 1e15 ≪ Number.MAX_VALUE).
 */
export const MAX_AMOUNT = 1e15;

export interface ValidationError {
  field: CalculatorField;
  message: string;
}

export type ValidationResult =
  { ok: true; inputs: CalculatorInputs } | { ok: false; errors: ValidationError[] };

// Enough digits that a tiny out-of-range value is not shown rounded to a valid-looking one.
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function formatPercent(fraction: number): string {
  return `${plain.format(fraction * 100)}%`;
}

type FieldCheck = { ok: true; value: number } | { ok: false; message: string };

function checkField(field: CalculatorField, value: unknown): FieldCheck {
  const label = FIELD_LABELS[field];
  const fail = (message: string): FieldCheck => ({ ok: false, message });
  if (value === undefined || value === null || value === '') return fail(`${label} is required`);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(`${label} must be a number`);
  }
  if (FIELD_KINDS[field] === 'rate') {
    if (value < 0 || value > 1) {
      return fail(`${label} must be between 0% and 100% (got ${formatPercent(value)})`);
    }
  } else if (value < 0) {
    return fail(`${label} must be 0 or more (got ${plain.format(value)})`);
  } else if (value > MAX_AMOUNT) {
    return fail(`${label} must be at most ${plain.format(MAX_AMOUNT)} (got ${plain.format(value)})`);
  }
  return { ok: true, value };
}

/**
 * Checks raw values (from a form, a URL hash or a file) against the calculator's domain:
 * rates are fractions 0..1, money and counts are finite and ≥ 0 (leads need not be whole,
 * e.g. a monthly average × 12). Unknown keys are ignored.
 */
export function validateInputs(raw: Readonly<Record<string, unknown>>): ValidationResult {
  const errors: ValidationError[] = [];
  const values: Partial<Record<CalculatorField, number>> = {};
  for (const field of CALCULATOR_FIELDS) {
    const check = checkField(field, raw[field]);
    if (check.ok) values[field] = check.value;
    else errors.push({ field, message: check.message });
  }
  if (errors.length > 0) return { ok: false, errors };
  // Every field passed its check above, so the partial record is complete.
  return { ok: true, inputs: values as CalculatorInputs };
}
