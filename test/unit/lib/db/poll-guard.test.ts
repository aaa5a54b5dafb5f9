import { describe, expect, it } from 'vitest';
import { pollGuard } from '../../../../src/lib/db/poll-guard';

/** A piece of work that logs when it starts and ends, and ends when `finish` is called. */
function work(log: string[], name: string) {
  let finish: (ok: boolean) => void = () => undefined;
  const done = new Promise<string>((resolve, reject) => {
    finish = (ok) => (ok ? resolve(name) : reject(new Error(name)));
  });
  return {
    start: () => {
      log.push(`${name} starts`);
      return done.finally(() => log.push(`${name} ends`));
    },
    finish: (ok = true) => finish(ok),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A run started on a fresh guard, and a query asked while it runs. */
function runThenQuery() {
  const log: string[] = [];
  const guard = pollGuard();
  const run = work(log, 'run');
  const query = work(log, 'query');
  return { log, run, query, ran: guard.exclusive(run.start), asked: guard.after(query.start) };
}

describe('pollGuard: nothing is sent on the connection while a run is in progress', () => {
  it('a statement asked during a run starts once the run has ended', async () => {
    const { log, run, query, ran, asked } = runThenQuery();
    await settle();
    expect(log).toEqual(['run starts']);
    run.finish();
    await expect(ran).resolves.toBe('run');
    await settle();
    expect(log).toEqual(['run starts', 'run ends', 'query starts']);
    query.finish();
    await expect(asked).resolves.toBe('query');
  });

  it('a run that fails lets what waits for it go on, and its error reaches its caller alone', async () => {
    const { log, run, query, ran, asked } = runThenQuery();
    run.finish(false);
    await expect(ran).rejects.toThrow('run');
    await settle();
    query.finish();
    await expect(asked).resolves.toBe('query');
    expect(log).toEqual(['run starts', 'run ends', 'query starts', 'query ends']);
  });

  it('runs go one after the other; statements asked with no run in progress start together', async () => {
    const log: string[] = [];
    const guard = pollGuard();
    const [a, b] = [work(log, 'a'), work(log, 'b')];
    const both = [guard.after(a.start), guard.after(b.start)];
    await settle();
    expect(log).toEqual(['a starts', 'b starts']);
    a.finish();
    b.finish();
    await Promise.all(both);

    const [first, second] = [work(log, 'first run'), work(log, 'second run')];
    log.length = 0;
    const runs = [guard.exclusive(first.start), guard.exclusive(second.start)];
    await settle();
    expect(log).toEqual(['first run starts']);
    first.finish();
    await settle();
    expect(log).toEqual(['first run starts', 'first run ends', 'second run starts']);
    second.finish();
    await expect(Promise.all(runs)).resolves.toEqual(['first run', 'second run']);
  });
});
