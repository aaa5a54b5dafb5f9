import { describe, expect, it } from 'vitest';
import { flattenFigures, metricsCsv } from '../../../../src/lib/export/metrics-csv';

describe('the metrics CSV', () => {
  it('names every figure by its path, table rows by their own name', () => {
    const document = {
      schema: 'leadgap.metrics/1',
      counts: { leads: 3000, rejectedRows: { leads: 2, deals: 0 } },
      funnel: [
        { stage: 'leads', count: 3000, fromLeads: 1 },
        { stage: 'won', count: 120, fromLeads: 0.04 },
      ],
      revenue: { leakedRevenue: null },
      bySource: [{ source: 'Web', leads: 711 }],
      notes: ['a', 'b'],
    };
    expect(flattenFigures(document)).toEqual([
      ['schema', 'leadgap.metrics/1'],
      ['counts.leads', 3000],
      ['counts.rejectedRows.leads', 2],
      ['counts.rejectedRows.deals', 0],
      ['funnel.leads.count', 3000],
      ['funnel.leads.fromLeads', 1],
      ['funnel.won.count', 120],
      ['funnel.won.fromLeads', 0.04],
      ['revenue.leakedRevenue', null],
      ['bySource.Web.leads', 711],
      ['notes', 'a; b'],
    ]);
  });

  it('writes a CSV a spreadsheet reads: header, CRLF, nulls empty, formulas defused', () => {
    expect(metricsCsv({ a: { b: 1, c: null }, filters: { dimensions: { source: ['=1+1'] } } })).toBe(
      "figure,value\r\na.b,1\r\na.c,\r\nfilters.dimensions.source,'=1+1\r\n",
    );
  });
});
