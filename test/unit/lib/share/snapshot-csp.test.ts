import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Base64, snapshotHtml } from '../../../../src/lib/share/snapshot-html';
import type { SnapshotDocument } from '../../../../src/lib/share/snapshot-document';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('the snapshot file’s policy', () => {
  it.each(['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'é€😀\n'.repeat(3000)])(
    'hashes like node:crypto (%#)',
    (text) => {
      expect(sha256Base64(text)).toBe(node(text));
    },
  );

  it('lets only the viewer’s script run, by its hash, with no unsafe-inline for scripts', () => {
    const script = 'document.title = "viewer";'.repeat(100);
    const html = snapshotHtml({ doc: {} as SnapshotDocument, script, style: 'body{}', title: 't' });
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scripts = /script-src ([^;]+)/.exec(policy)?.[1];
    expect(scripts).toBe(`'sha256-${node(script)}'`);
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/connect-src 'none'/);
    expect(html).toContain(`<script>${script}</script>`);
  });
});
