/**
 * Query results kept by SQL for one state of the data and lead definition (grain: one statement's
 * rows). Views share queries (the follow-up figures are on three views) and a filter switched off
 * returns to a state already computed: both then answer without DuckDB. The owner replaces the cache
 * when the data or the definition change; the oldest results go past `limit`.
 */
import type { Db, Row } from '../db';
import { isStaged, type MetricQuery } from './query';

export class ResultCache {
  private readonly results = new Map<string, Promise<Row[]>>();
  private readonly running = new Set<Promise<unknown>>();

  // Room for the views' results and those of the clicks computed ahead (store/click-ahead.ts: a few
  // states per view), so those never push out the state the user returns to.
  constructor(private readonly limit = 400) {}

  /**
   * Resolves once every run started here has finished, a staged one's second statement included:
   * the owner drops the stored facts the statements read only then (a second statement sent after
   * the drop would name a table that is gone).
   */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Whether this statement's rows are kept or being computed. */
  has(sql: string): boolean {
    return this.results.has(sql);
  }

  run<T>(db: Pick<Db, 'query'>, metric: MetricQuery<T>): Promise<T> {
    return this.track(this.runTracked(db, metric));
  }

  /**
   * Counts work that will run statements here (`idle` waits for it): a metric still making its
   * context, or waiting a task, names the stored facts it will read before its first statement.
   */
  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, done);
    return work;
  }

  private async runTracked<T>(db: Pick<Db, 'query'>, metric: MetricQuery<T>): Promise<T> {
    if (isStaged(metric)) return this.run(db, metric.then(await this.run(db, metric.first)));
    const query = metric;
    const { sql } = query;
    const rows = this.results.get(sql) ?? db.query<Row>(sql);
    // Most recently used last, so the first key is the one to drop.
    this.results.delete(sql);
    this.results.set(sql, rows);
    for (const oldest of this.results.keys()) {
      if (this.results.size <= this.limit) break;
      this.results.delete(oldest);
    }
    try {
      return query.parse(await rows);
    } catch (error) {
      if (this.results.get(sql) === rows) this.results.delete(sql);
      throw error;
    }
  }
}
