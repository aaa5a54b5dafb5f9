import { describe, expect, it } from 'vitest';
import { decodeSnapshot, type SnapshotDocument } from '../../../../src/lib/share/snapshot-document';
import {
  extractSnapshotJson,
  readSnapshotText,
  scriptSafeJson,
  snapshotHtml,
} from '../../../../src/lib/share/snapshot-html';
import { NOT_IN_SNAPSHOT, snapshotMetrics } from '../../../../src/lib/share/snapshot-source';
import { collect, stages } from './snapshot-fixture';

describe('the snapshot document and its file', () => {
  it('round-trips through its HTML, and the views find their figures by metric name and parameters', async () => {
    const doc = await collect();
    const html = snapshotHtml({ doc, script: 'console.log(1)', style: 'body{}', title: 'A <b>snapshot</b>' });
    expect(html).toContain('<title>A &#60;b&#62;snapshot&#60;/b&#62;</title>');
    const read = readSnapshotText(html);
    if (!read.ok) throw new Error(read.error);
    expect(read.value).toEqual(JSON.parse(JSON.stringify(doc)));
    const metrics = snapshotMetrics(read.value);
    await expect(metrics.metric('byOwner', [])).resolves.toEqual(doc.results['byOwner']);
    await expect(metrics.metric('followUp', [])).resolves.toEqual(doc.results['followUp']);
    await expect(metrics.metric('segmentedFunnel', ['owner'])).resolves.toEqual(
      doc.results['segmentedFunnel:owner'],
    );
    await expect(metrics.metric('byDimension', ['x_country'])).resolves.toHaveLength(2);
    // Not stored: a column left out, another parameter, a lead-level list.
    await expect(metrics.metric('byDimension', ['x_first_name'])).rejects.toThrow(NOT_IN_SNAPSHOT);
    await expect(metrics.metric('segmentedFunnel', ['owner', 3])).rejects.toThrow(NOT_IN_SNAPSHOT);
  });

  it('keeps its data inside its script element whatever the text', () => {
    const hostile = { a: '</script><script>alert(1)</script><!--', b: '\u2028&' };
    const json = scriptSafeJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
    expect(() =>
      snapshotHtml({ doc: {} as SnapshotDocument, script: 'x="</script>"', style: '', title: '' }),
    ).toThrow(/cannot be inlined/);
  });

  it('refuses what is not a snapshot, or a damaged or tampered one, with a sentence', async () => {
    const doc = JSON.parse(JSON.stringify(await collect())) as Record<string, unknown> & {
      results: Record<string, unknown>;
      context: Record<string, unknown>;
    };
    const bad = (change: (d: typeof doc) => void) => {
      const copy = JSON.parse(JSON.stringify(doc)) as typeof doc;
      change(copy);
      const result = decodeSnapshot(copy);
      return result.ok ? 'ok' : result.error;
    };
    expect(bad(() => undefined)).toBe('ok');
    expect(bad((d) => (d['schema'] = 'leadgap.snapshot/9'))).toMatch(/another version of LeadGap/);
    expect(bad((d) => (d['schema'] = 'something'))).toMatch(/schema is not one of leadgap.snapshot\/1/);
    expect(bad((d) => (d.results['viewCounts'] = { leads: '3', deals: 1 }))).toMatch(
      /results.viewCounts.leads is not a number/,
    );
    expect(
      bad((d) => Object.assign((d.results['byOwner'] as object[])[0] ?? {}, { owner: { toString: 1 } })),
    ).toMatch(/results.byOwner\[0\].owner is not text/);
    expect(bad((d) => (d.results['funnel'] = Array(6).fill(stages(1)[0])))).toMatch(/has more than 5 items/);
    expect(
      bad((d) => ((d.context['filters'] as Record<string, unknown>)['dimensions'] = { 'x; DROP': ['a'] })),
    ).toMatch(/is not a lead column/);
    expect(bad((d) => (d['dimensions'] = [{ column: 'lead_id', label: 'x' }]))).toMatch(
      /is not a lead column/,
    );
    expect(bad((d) => (d.context['asOf'] = '2025-13-01'))).toMatch(/context.asOf is not a day/);
    expect(bad((d) => (d['calculator'] = { currency: 'USD' }))).toMatch(/its calculator:/);
    expect(bad((d) => (d['view'] = 'admin'))).toMatch(/view is not one of/);
    // Unknown result keys are dropped, not trusted.
    const extra = decodeSnapshot({ ...doc, results: { ...doc.results, evil: '<script>' } });
    expect(extra.ok && 'evil' in extra.value.results).toBe(false);

    expect(readSnapshotText('<html>hello</html>')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a LeadGap snapshot/),
    });
    const html = snapshotHtml({ doc: doc as unknown as SnapshotDocument, script: '', style: '', title: 't' });
    expect(readSnapshotText(html.slice(0, html.indexOf('"results"') + 50))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cut short/),
    });
    expect(extractSnapshotJson('<script type="application/json" id="leadgap-snapshot">{"a":')).toMatchObject({
      ok: false,
    });
    expect(readSnapshotText('{"schema":')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
    expect(readSnapshotText('null')).toMatchObject({ ok: false });
  });
});
