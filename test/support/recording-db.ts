import type { Db } from '../../src/lib/db';

/** `db` (the real engine) with every statement it is asked to run recorded, in order. */
export function recordingDb(db: Db): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const record =
    <A extends unknown[], R>(run: (sql: string, ...rest: A) => Promise<R>) =>
    (sql: string, ...rest: A) => {
      statements.push(sql);
      return run(sql, ...rest);
    };
  return {
    statements,
    db: {
      ...db,
      query: record(db.query.bind(db)) as Db['query'],
      exec: record(db.exec.bind(db)),
      run: record(db.run.bind(db)),
    },
  };
}
