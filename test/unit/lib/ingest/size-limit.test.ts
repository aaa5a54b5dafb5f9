import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { UploadError } from '../../../../src/lib/ingest/errors';
import { prepareUpload } from '../../../../src/lib/ingest/pipeline';
import { checkFits, countLoaded, countRemoved, MAX_CSV_BYTES } from '../../../../src/lib/ingest/size-limit';

// A database no statement may reach: a refusal must come before anything is read or registered.
function untouchedDb(): Db & { calls: string[] } {
  const calls: string[] = [];
  const fail = (what: string) => () => {
    calls.push(what);
    return Promise.reject(new Error(`${what} reached the database`));
  };
  return {
    calls,
    query: fail('query'),
    exec: fail('exec'),
    run: fail('run'),
    registerFile: fail('registerFile'),
    dropFile: fail('dropFile'),
  } as unknown as Db & { calls: string[] };
}

/** A file of `bytes` whose contents must never be read. */
function sizedFile(bytes: number): Blob {
  const unread = () => {
    throw new Error('the file was read');
  };
  return { size: bytes, slice: unread, arrayBuffer: unread, stream: unread, text: unread } as unknown as Blob;
}

describe('files too large for the tab are refused from their size', () => {
  it('refuses a file over the limit before reading a byte or running a statement', async () => {
    const db = untouchedDb();
    const error = await prepareUpload(db, sizedFile(MAX_CSV_BYTES + 1), {
      uploadId: 1,
      kind: 'leads',
      fileName: 'huge.csv',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    const { problem, hint } = error as UploadError;
    expect(problem).toMatch(/too large to load in a browser tab/);
    expect(problem).toMatch(/Nothing was read/);
    // Just over the limit still reads larger than what fits (1.65 GiB: 1.7 against 1.6).
    expect(problem).toMatch(/^At 1\.7 GB, .*about 1\.6 GB of files fit/);
    expect(hint).toMatch(/fewer rows/);
    expect(db.calls).toEqual([]);
  });

  it('counts the files already loaded, and forgets a removed one', () => {
    const db = untouchedDb();
    const half = Math.floor(MAX_CSV_BYTES / 2);
    expect(() => checkFits(db, 'a.csv', 1, half)).not.toThrow();
    countLoaded(db, 1, half);
    expect(() => checkFits(db, 'b.csv', 2, half)).not.toThrow();
    countLoaded(db, 2, half);
    expect(() => checkFits(db, 'c.csv', 3, 1024)).toThrow(/beside the .* already loaded/);
    // Loading a file again under its own id replaces its bytes, it does not add to them.
    expect(() => checkFits(db, 'b.csv', 2, half)).not.toThrow();
    countRemoved(db, 2);
    expect(() => checkFits(db, 'c.csv', 3, half)).not.toThrow();
  });

  it('keeps each database apart', () => {
    const one = untouchedDb();
    const other = untouchedDb();
    countLoaded(one, 1, MAX_CSV_BYTES);
    expect(() => checkFits(other, 'a.csv', 1, MAX_CSV_BYTES)).not.toThrow();
    expect(() => checkFits(one, 'a.csv', 2, 1)).toThrow(UploadError);
  });
});
