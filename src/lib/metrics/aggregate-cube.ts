/**
 * An aggregate list as a cube stores and reads it (summary-cube.ts; grain: one row per value of the
 * dimension a cube is grouped by). Each `expr AS name` of the list is kept as it is written, so the
 * cube computes what the statement computes; only how groups combine differs:
 * - counts (`count(*)`, `count_if(…)`, `count(*) FILTER (…)`) are summed;
 * - quantiles keep their values in a list per group, and the quantile is taken over the selected
 *   groups' values (the same values, so the same result);
 * - sums and averages keep their values in a list per group with the row's `_key`, and are taken
 *   over the selected groups' values in `_key` order: the order the statement adds them in (one
 *   thread scans each upload's rows in `_key` order), so even a sum of cents comes out bit for bit
 *   the same.
 * Anything else is refused (`cubeAggregates` throws): no cube is made, the statement runs.
 */

export type CubeAggregate =
  | { kind: 'count'; name: string; expr: string; star: boolean }
  | { kind: 'quantile'; name: string; value: string; at: string; filter: string | null }
  | { kind: 'ordered'; name: string; fn: 'sum' | 'avg'; value: string; filter: string | null };

/** `text` split at its top-level commas (outside brackets and quotes), each part trimmed. */
export function topLevel(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** Where the bracket opened at `open` closes, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth += 1;
    else if (c === ')' && (depth -= 1) === 0) return i;
  }
  return -1;
}

/** `fn(args) [FILTER (WHERE condition)]` taken apart, or null when `expr` is anything else. */
export function aggregateCall(expr: string): { fn: string; args: string[]; filter: string | null } | null {
  const head = /^([a-z_]+)\(/.exec(expr);
  if (!head?.[1]) return null;
  const close = closing(expr, head[1].length);
  if (close < 0) return null;
  const args = topLevel(expr.slice(head[1].length + 1, close));
  const rest = expr.slice(close + 1).trim();
  if (rest === '') return { fn: head[1], args, filter: null };
  const filter = /^FILTER\s*\(\s*WHERE\s/.exec(rest);
  if (!filter || closing(rest, rest.indexOf('(')) !== rest.length - 1) return null;
  return { fn: head[1], args, filter: rest.slice(filter[0].length, -1).trim() };
}

/** One `expr AS name` of an aggregate list, classified; throws for what a cube cannot combine. */
function cubeAggregate(item: string): CubeAggregate {
  const as = /^([\s\S]+)\s+AS\s+([a-z_][a-z0-9_]*)$/.exec(item);
  const call = as?.[1] ? aggregateCall(as[1].trim()) : null;
  if (!as?.[1] || !as[2] || !call) throw new Error(`Not an aggregate a cube combines: ${item}`);
  const { fn, args, filter } = call;
  const [value = '', at = ''] = args;
  if ((fn === 'count' && args.length === 1 && value === '*') || (fn === 'count_if' && !filter))
    return { kind: 'count', name: as[2], expr: as[1].trim(), star: fn === 'count' };
  if (fn === 'quantile_cont' && args.length === 2)
    return { kind: 'quantile', name: as[2], value, at, filter };
  if ((fn === 'sum' || fn === 'avg') && args.length === 1)
    return { kind: 'ordered', name: as[2], fn, value, filter };
  throw new Error(`Not an aggregate a cube combines: ${item}`);
}

/** An aggregate list (`expr AS name, …`) as a cube's aggregates. */
export function cubeAggregates(list: string): CubeAggregate[] {
  return topLevel(list).map(cubeAggregate);
}

/**
 * The values of a list kept per group: those the aggregate reads (NULLs it skips are left out: a sum
 * of most leads' NULL won amounts was a list as long as the leads, and reading it cost ~60 ms).
 */
const kept = (a: { value: string; filter: string | null }) =>
  ` FILTER (WHERE (${a.value}) IS NOT NULL${a.filter ? ` AND (${a.filter})` : ''})`;

/** The cube's columns of the aggregates, per group (over rows that have `_key`). */
export function cubeColumns(aggregates: readonly CubeAggregate[]): string {
  return aggregates
    .map((a) => {
      if (a.kind === 'count') return `${a.expr} AS ${a.name}`;
      if (a.kind === 'quantile') return `list(${a.value})${kept(a)} AS ${a.name}`;
      return `list({'k': _key, 'v': ${a.value}})${kept(a)} AS ${a.name}`;
    })
    .join(',\n    ');
}

/**
 * The aggregates over the cube's rows `c` of the selected groups: the statement's columns. With
 * `where` (over `c`), each over the rows where it holds, named with `prefix`: in a grouped read,
 * whose every group has rows, as `agg(…) FILTER (WHERE …)` over the statement's rows gives.
 */
export function cubeReadColumns(
  aggregates: readonly CubeAggregate[],
  { prefix = '', where }: { prefix?: string; where?: string } = {},
): string {
  const only = where ? ` FILTER (WHERE ${where})` : '';
  return aggregates
    .map((a) => {
      const name = `${prefix}${a.name}`;
      const values = `flatten(list(c.${a.name})${only})`;
      // Over no row count(*) is 0 and count_if NULL (the sum of no group); over rows none of
      // which `where` keeps, both are 0.
      if (a.kind === 'count') {
        const sum = `sum(c.${a.name})${only}`;
        return `CAST(${a.star || where ? `coalesce(${sum}, 0)` : sum} AS BIGINT) AS ${name}`;
      }
      if (a.kind === 'quantile') return `list_aggregate(${values}, 'quantile_cont', ${a.at}) AS ${name}`;
      return `list_${a.fn}(list_transform(list_sort(${values}), e -> e.v)) AS ${name}`;
    })
    .join(',\n    ');
}
