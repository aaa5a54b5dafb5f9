/**
 * How a cube takes a statement's aggregate list apart (src/lib/metrics/aggregate-cube.ts): each
 * `expr AS name` kept as written and classified by how groups combine; anything else refused, so
 * no cube is made rather than one that combines wrongly. summary-cube.test.ts runs the SQL.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregateCall,
  cubeAggregates,
  cubeColumns,
  cubeReadColumns,
  topLevel,
} from '../../../../src/lib/metrics/aggregate-cube';

describe('aggregate lists a cube combines', () => {
  it('splits at top-level commas only', () => {
    expect(topLevel(`count(*) AS n, quantile_cont(x, [0.5, 0.9]) AS q, count_if(s = 'a, b') AS c`)).toEqual([
      'count(*) AS n',
      'quantile_cont(x, [0.5, 0.9]) AS q',
      "count_if(s = 'a, b') AS c",
    ]);
  });

  it('takes a call and its FILTER apart, and nothing else', () => {
    expect(aggregateCall(`sum(amount) FILTER (WHERE outcome = 'won')`)).toEqual({
      fn: 'sum',
      args: ['amount'],
      filter: "outcome = 'won'",
    });
    expect(aggregateCall('count_if(a AND (b OR c))')).toEqual({
      fn: 'count_if',
      args: ['a AND (b OR c)'],
      filter: null,
    });
    expect(aggregateCall('sum(a) + sum(b)')).toBeNull();
    expect(aggregateCall('sum(a) FILTER (WHERE x) + 1')).toBeNull();
  });

  it('classifies counts, quantiles, sums and averages', () => {
    const list = cubeAggregates(`count(*) AS leads,
      count(*) FILTER (WHERE won) AS won,
      count_if(followed_up) AS followed,
      quantile_cont(response_hours, [0.5, 0.9]) FILTER (WHERE response_hours >= 0) AS q,
      sum(amount) FILTER (WHERE outcome = 'won') AS won_amount,
      avg(amount) AS average`);
    expect(list.map((a) => [a.kind, a.name])).toEqual([
      ['count', 'leads'],
      ['count', 'won'],
      ['count', 'followed'],
      ['quantile', 'q'],
      ['ordered', 'won_amount'],
      ['ordered', 'average'],
    ]);
    // Per group: sums keep each value with its row's key, to be added in the statement's order.
    expect(cubeColumns(list)).toContain(
      `list({'k': _key, 'v': amount}) FILTER (WHERE (amount) IS NOT NULL AND (outcome = 'won')) AS won_amount`,
    );
    const read = cubeReadColumns(list);
    expect(read).toContain('CAST(coalesce(sum(c.leads), 0) AS BIGINT) AS leads');
    // count_if over no row is NULL, as the sum of no group.
    expect(read).toContain('CAST(sum(c.followed) AS BIGINT) AS followed');
    expect(read).toContain(`list_aggregate(flatten(list(c.q)), 'quantile_cont', [0.5, 0.9]) AS q`);
    expect(read).toContain(
      'list_sum(list_transform(list_sort(flatten(list(c.won_amount))), e -> e.v)) AS won_amount',
    );
    expect(cubeReadColumns(list, { prefix: 'cut_', where: 'c.day >= x' })).toContain(
      'CAST(coalesce(sum(c.followed) FILTER (WHERE c.day >= x), 0) AS BIGINT) AS cut_followed',
    );
  });

  it('refuses what groups cannot combine', () => {
    for (const list of [
      'count(DISTINCT email) AS emails',
      'max(amount) AS top',
      'sum(a) / count(*) AS ratio',
      'x AS y',
    ])
      expect(() => cubeAggregates(list), list).toThrow(/Not an aggregate a cube combines/);
  });
});
