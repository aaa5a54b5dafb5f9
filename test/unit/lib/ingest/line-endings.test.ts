import { describe, expect, it } from 'vitest';
import { CrlfToLf, mixesLineEndings } from '../../../../src/lib/ingest/line-endings';

describe('mixesLineEndings', () => {
  it.each([
    ['LF only', 'a,b\n1,2\n3,4\n', false],
    ['CRLF only', 'a,b\r\n1,2\r\n3,4\r\n', false],
    ['CRLF rows with LF inside quotes', 'a,b\r\n1,"x\ny"\r\n3,4\r\n', false],
    ['both', 'a,b\r\n1,2\n3,4\r\n', true],
  ])('%s', (_name, text, mixed) => {
    expect(mixesLineEndings(text)).toBe(mixed);
  });
});

describe('CrlfToLf', () => {
  const run = (chunks: string[]) => {
    const endings = new CrlfToLf();
    const encoder = new TextEncoder();
    const parts = chunks.map((chunk) => endings.push(encoder.encode(chunk)));
    parts.push(endings.end());
    return parts.map((part) => new TextDecoder().decode(part)).join('');
  };

  it('drops the CR of every CRLF, also when a chunk ends between CR and LF', () => {
    expect(run(['a,b\r\n1,2\n3', ',4\r', '\n5,6\r\n'])).toBe('a,b\n1,2\n3,4\n5,6\n');
  });

  it('keeps a CR that is not followed by LF', () => {
    expect(run(['a\rb\r', 'c\r'])).toBe('a\rb\rc\r');
  });
});
