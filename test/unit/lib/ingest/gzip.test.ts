import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { UploadCancelled, UploadError } from '../../../../src/lib/ingest/errors';
import { gunzip, isGzip } from '../../../../src/lib/ingest/gzip';
import { sniff } from '../../../../src/lib/ingest/sniff';

const CSV = `Lead ID,Created Date,Company\r\n${Array.from({ length: 2000 }, (_, i) => `L-${i},3/4/2025,Acme ${i}`).join('\r\n')}\r\n`;
const packed = () => new Blob([gzipSync(Buffer.from(CSV))]);

describe('gzip', () => {
  it('recognises the magic bytes', () => {
    expect(isGzip(new Uint8Array([0x1f, 0x8b, 0x08]))).toBe(true);
    expect(isGzip(new TextEncoder().encode('Lead ID,'))).toBe(false);
  });

  it('decompresses once per file, reporting the compressed bytes read', async () => {
    const file = packed();
    const seen: number[] = [];
    const plain = await gunzip(file, 'leads.csv.gz', { onBytes: (bytes) => seen.push(bytes) });
    expect(await plain.text()).toBe(CSV);
    expect(seen.at(-1)).toBe(file.size);
    expect(await gunzip(file, 'leads.csv.gz')).toBe(plain);
  });

  it('sniffs a .csv.gz as the CSV inside it', async () => {
    const sniffed = await sniff(packed(), 'leads.csv.gz');
    expect(sniffed).toMatchObject({ compression: 'gzip', headers: ['Lead ID', 'Created Date', 'Company'] });
  });

  it('stops when cancelled, and starts again on the next try', async () => {
    const file = packed();
    const controller = new AbortController();
    controller.abort();
    await expect(gunzip(file, 'leads.csv.gz', { signal: controller.signal })).rejects.toBeInstanceOf(
      UploadCancelled,
    );
    expect(await (await gunzip(file, 'leads.csv.gz')).text()).toBe(CSV);
  });

  it('refuses a damaged file in plain words', async () => {
    const bytes = gzipSync(Buffer.from(CSV));
    const error = await gunzip(new Blob([bytes.subarray(0, 40)]), 'cut.csv.gz').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).problem).toMatch(/damaged or incomplete/);
  });
});
