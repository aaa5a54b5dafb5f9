/**
 * The `calculator` key of the share state: currency, period and the scenarios, each a full set of
 * inputs with where each input came from. Everything from outside (a URL, a stored copy) is checked
 * field by field and rebuilt from known keys only; numbers go through the calculator's own
 * validateInputs, so what this returns can be computed without throwing.
 */
import {
  CALCULATOR_FIELDS,
  FIELD_LABELS,
  isCalculatorPeriod,
  isCurrencyCode,
  normalizeBaseline,
  randomId,
  validateInputs,
  type CalculatorField,
  type CalculatorPeriod,
  type IdFn,
  type InputProvenance,
  type Provenance,
  type Scenario,
} from '../calculator';
import { decoded, isRecord, own, rejected, type Decoded } from './result';

export const MAX_SCENARIOS = 12;
export const MAX_NAME_LENGTH = 80;
const MAX_SOURCE_LENGTH = 160;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface SharedScenario extends Scenario {
  /** Inputs the user typed (a data prefill leaves them alone). */
  overridden: CalculatorField[];
}

export interface SharedCalculator {
  currency: string;
  period: CalculatorPeriod;
  scenarios: SharedScenario[];
}

/** The JSON form: the same shape, with `overridden` left out when empty. */
export function encodeCalculatorSection(calculator: SharedCalculator): Record<string, unknown> {
  return {
    currency: calculator.currency,
    period: calculator.period,
    scenarios: calculator.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      baseline: s.baseline,
      inputs: Object.fromEntries(CALCULATOR_FIELDS.map((f) => [f, s.inputs[f]])),
      provenance: Object.fromEntries(CALCULATOR_FIELDS.map((f) => [f, s.provenance[f]])),
      ...(s.overridden.length > 0 ? { overridden: [...s.overridden] } : {}),
    })),
  };
}

export interface DecodeCalculatorOptions {
  /** Ids for scenarios whose id is missing, malformed or repeated. Default: random. */
  newId?: IdFn;
}

/** Checks a `calculator` value from outside. Unknown keys are ignored; anything malformed is rejected. */
export function decodeCalculatorSection(
  raw: unknown,
  options: DecodeCalculatorOptions = {},
): Decoded<SharedCalculator> {
  if (!isRecord(raw)) return rejected('the calculator settings are not an object');
  const currency = own(raw, 'currency');
  if (!isCurrencyCode(currency)) {
    return rejected(`the currency ${describe(currency)} is not a three-letter ISO code such as USD`);
  }
  const period = own(raw, 'period');
  if (!isCalculatorPeriod(period)) {
    return rejected(`the period ${describe(period)} is not one of year, quarter or month`);
  }
  const list = own(raw, 'scenarios');
  if (!Array.isArray(list)) return rejected('the scenarios are not a list');
  if (list.length === 0) return rejected('there are no scenarios');
  if (list.length > MAX_SCENARIOS) {
    return rejected(`there are ${list.length} scenarios; at most ${MAX_SCENARIOS} are allowed`);
  }
  const warnings: string[] = [];
  const seen = new Set<string>();
  const scenarios: SharedScenario[] = [];
  for (const [index, item] of list.entries()) {
    const result = decodeScenario(item, index, options.newId ?? randomId, seen);
    if (!result.ok) return result;
    warnings.push(...result.warnings);
    scenarios.push(result.value);
  }
  if (scenarios.filter((s) => s.baseline).length !== 1) {
    warnings.push('exactly one scenario must be the baseline; the first flagged one (or the first) is used');
  }
  const baselined = normalizeBaseline(scenarios) as SharedScenario[];
  return decoded({ currency, period, scenarios: baselined }, warnings);
}

function decodeScenario(
  raw: unknown,
  index: number,
  newId: IdFn,
  seen: Set<string>,
): Decoded<SharedScenario> {
  const where = `scenario ${index + 1}`;
  if (!isRecord(raw)) return rejected(`${where} is not an object`);
  const name = own(raw, 'name');
  if (typeof name !== 'string' || name.trim() === '') return rejected(`${where} has no name`);
  const trimmed = name.trim();
  if (trimmed.length > MAX_NAME_LENGTH) {
    return rejected(`${where}'s name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  const label = `scenario ${index + 1} ("${trimmed}")`;
  const baseline = own(raw, 'baseline') ?? false;
  if (typeof baseline !== 'boolean') return rejected(`${label}: "baseline" must be true or false`);

  const inputs = own(raw, 'inputs');
  if (!isRecord(inputs)) return rejected(`${label} has no inputs`);
  const known = Object.fromEntries(CALCULATOR_FIELDS.map((f) => [f, own(inputs, f)]));
  const checked = validateInputs(known);
  if (!checked.ok) return rejected(`${label}: ${checked.errors.map((e) => e.message).join('; ')}`);

  const provenance = decodeProvenance(own(raw, 'provenance'));
  if (!provenance.ok) return rejected(`${label}: ${provenance.error}`);

  const overriddenRaw = own(raw, 'overridden') ?? [];
  if (!Array.isArray(overriddenRaw)) return rejected(`${label}: "overridden" must be a list of input names`);
  const overridden = CALCULATOR_FIELDS.filter((f) => overriddenRaw.includes(f));

  const warnings = [...provenance.warnings];
  let id = own(raw, 'id');
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || seen.has(id)) {
    if (id !== undefined) warnings.push(`${label} had a missing or repeated id; it was given a new one`);
    id = newId();
  }
  seen.add(id as string);
  return decoded(
    {
      id: id as string,
      name: trimmed,
      baseline,
      inputs: checked.inputs,
      provenance: provenance.value,
      overridden,
    },
    warnings,
  );
}

/** Missing provenance (or a missing field) means "your assumption": a link may carry bare numbers. */
function decodeProvenance(raw: unknown): Decoded<InputProvenance> {
  const assumption: Provenance = { kind: 'assumption' };
  const result = Object.fromEntries(CALCULATOR_FIELDS.map((f) => [f, assumption])) as InputProvenance;
  if (raw === undefined) return decoded(result);
  if (!isRecord(raw)) return rejected('"provenance" is not an object');
  for (const field of CALCULATOR_FIELDS) {
    const entry = own(raw, field);
    if (entry === undefined) continue;
    const parsed = decodeOneProvenance(entry);
    if (parsed === null)
      return rejected(`the source of ${FIELD_LABELS[field]} is not data, benchmark or assumption`);
    result[field] = parsed;
  }
  return decoded(result);
}

function decodeOneProvenance(raw: unknown): Provenance | null {
  if (!isRecord(raw)) return null;
  const kind = own(raw, 'kind');
  if (kind === 'data') return { kind: 'data' };
  if (kind === 'assumption') return { kind: 'assumption' };
  if (kind === 'empty') return { kind: 'empty' };
  if (kind === 'benchmark') {
    const source = own(raw, 'source');
    if (typeof source !== 'string' || source.trim() === '' || source.length > MAX_SOURCE_LENGTH) return null;
    return { kind: 'benchmark', source: source.trim() };
  }
  return null;
}

/** A short, safe rendering of a bad value for a message (never the whole value). */
function describe(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
