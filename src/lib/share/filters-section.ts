/**
 * The `filters` key of the share state: the created-date range and the dimension filters
 * (lib/metrics/context.ts `Filters`). Dimension names must be lead dimensions (source, campaign,
 * owner, status or an extra `x_…` column); values are plain strings, BLANK ("(blank)") for an empty
 * one. A filter on a column the receiver's data lacks is dropped later by the metrics (cleanFilters),
 * so a link made on other data never breaks a dashboard.
 */
import type { Filters } from '../metrics/context';
import { isDimension } from '../metrics/filters';
import { isIsoDate } from '../iso-date';
import { decoded, describeValue, isRecord, own, rejected, type Decoded } from './result';

const MAX_FILTER_DIMENSIONS = 24;
const MAX_FILTER_VALUES = 200;
const MAX_FILTER_VALUE_LENGTH = 200;
const MAX_DIMENSION_NAME = 64;

export function encodeFiltersSection(filters: Filters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (filters.createdFrom) out['createdFrom'] = filters.createdFrom;
  if (filters.createdTo) out['createdTo'] = filters.createdTo;
  const dimensions = Object.entries(filters.dimensions ?? {}).filter(
    (entry): entry is [string, string[]] => (entry[1]?.length ?? 0) > 0,
  );
  if (dimensions.length > 0) out['dimensions'] = Object.fromEntries(dimensions);
  return out;
}

export function decodeFiltersSection(raw: unknown): Decoded<Filters> {
  if (!isRecord(raw)) return rejected('they are not an object');
  const filters: Filters = {};
  for (const key of ['createdFrom', 'createdTo'] as const) {
    const value = own(raw, key);
    if (value === undefined || value === null || value === '') continue;
    if (!isIsoDate(value)) {
      return rejected(`"${key}" ${describeValue(value)} is not a day written YYYY-MM-DD`);
    }
    filters[key] = value;
  }
  if (filters.createdFrom && filters.createdTo && filters.createdFrom > filters.createdTo) {
    return rejected(`the date range ends (${filters.createdTo}) before it starts (${filters.createdFrom})`);
  }
  const dimensions = own(raw, 'dimensions');
  if (dimensions !== undefined) {
    if (!isRecord(dimensions)) return rejected('"dimensions" is not an object');
    const names = Object.keys(dimensions);
    if (names.length > MAX_FILTER_DIMENSIONS) {
      return rejected(`${names.length} columns are filtered; at most ${MAX_FILTER_DIMENSIONS} are allowed`);
    }
    const out: Record<string, string[]> = {};
    for (const name of names) {
      if (name.length > MAX_DIMENSION_NAME || !isDimension(name)) {
        return rejected(`${describeValue(name)} is not a lead column that can be filtered`);
      }
      const values = own(dimensions, name);
      if (!Array.isArray(values)) return rejected(`the values of "${name}" are not a list`);
      if (values.length > MAX_FILTER_VALUES) {
        return rejected(`"${name}" has ${values.length} values; at most ${MAX_FILTER_VALUES} are allowed`);
      }
      for (const value of values) {
        if (typeof value !== 'string') return rejected(`a value of "${name}" is not text`);
        if (value.length > MAX_FILTER_VALUE_LENGTH) {
          return rejected(`a value of "${name}" is longer than ${MAX_FILTER_VALUE_LENGTH} characters`);
        }
      }
      const unique = [...new Set(values as string[])];
      if (unique.length > 0) out[name] = unique;
    }
    if (Object.keys(out).length > 0) filters.dimensions = out;
  }
  return decoded(filters);
}
