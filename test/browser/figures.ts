// One value per figure (issue 13): reads every figure on the Overview, Funnel, Follow-up, Reps,
// Sources and Calculator that has a key in the JSON export and compares it with the JSON through the
// one formatting rule (src/components/common/format.ts, calc-format.ts; the harness's browser is
// en-US, as Node). The JSON itself is checked against independent counts by the tests that call this.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { inputText, money } from '../../src/components/calculator/calc-format';
import { formatCount, formatHours, formatMoney, formatPercent } from '../../src/components/common/format';
import { NOT_IN_DATA } from '../../src/components/table/types';
import { stageLabel } from '../../src/components/views/funnel-stages';
import { openCalculator, type ScenarioJson } from './calculator-page';

type N = number | null;
export interface SegmentJson {
  leads: number;
  followUpRate: N;
  wonLeads: N;
  leadToWin: N;
  wonAmount: N;
  revenuePerLead: N;
}
export interface Metrics {
  filters: { dimensions?: Record<string, string[]> };
  counts: { leads: number; dealsMatched: number };
  funnel: {
    stage: 'leads' | 'followed_up' | 'qualified' | 'opportunity' | 'won';
    count: N;
    fromPrevious: N;
    fromLeads: N;
  }[];
  followUp: Record<
    'neverFollowedUp' | 'rate' | 'medianResponseHours' | 'p90ResponseHours' | 'withinSla' | 'slaCompliance',
    N
  >;
  revenue: Record<'leadToWin' | 'revenuePerLead' | 'leakedRevenue' | 'wonLeads', N>;
  bySource: (SegmentJson & { source: string })[] | null;
  byOwner:
    | {
        owner: string;
        leads: number;
        followUpRate: N;
        medianResponseHours: N;
        slaCompliance: N;
        wonLeads: N;
        wonAmount: N;
        leadsPerMonth: N;
        withinHourShare: N;
      }[]
    | null;
  calculator: {
    currency: string;
    scenarios: ScenarioJson[];
    leakedRevenue?: N;
    leakedRevenueSpanDays?: N;
    followUpAssumed?: boolean;
  };
}

/** The text a cell shows for a value: the format, or the tables' "not in your data" for null. */
const cell = (value: N, format: (n: number) => string) => (value === null ? NOT_IN_DATA : format(value));
const oneDecimal = (v: number) => v.toFixed(1);

export async function openView(page: Page, name: string, id: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
  await page.locator(`[data-testid="view-${id}"][data-state="ready"]`).waitFor();
}

/** A table's body rows as {column label: cell text} (cells carry their column's label). */
export async function readTable(table: Locator): Promise<Record<string, string>[]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Object.fromEntries(
          [...row.querySelectorAll('td[data-label]')].map((td) => [
            td.getAttribute('data-label') ?? '',
            (td.textContent ?? '').trim(),
          ]),
        ),
      ),
    );
}

const tile = (page: Page, testId: string) => page.getByTestId(testId).locator('.figure').textContent();

async function expectTile(page: Page, testId: string, value: N, format: (n: number) => string) {
  await expect(tile(page, testId), testId).resolves.toBe(value === null ? 'not in your data' : format(value));
}

async function overviewAndFollowUp(page: Page, json: Metrics) {
  const f = json.followUp;
  const r = json.revenue;
  await openView(page, 'Overview', 'overview');
  await expectTile(page, 'tile-leads', json.counts.leads, formatCount);
  await expectTile(page, 'tile-follow-up-rate', f.rate, formatPercent);
  await expectTile(page, 'tile-sla', f.slaCompliance, formatPercent);
  await expectTile(page, 'tile-never', f.neverFollowedUp, formatCount);
  await expectTile(page, 'tile-leaked', r.leakedRevenue, formatMoney);
  await expectTile(page, 'tile-lead-to-win', r.leadToWin, formatPercent);
  await expectTile(page, 'tile-revenue-per-lead', r.revenuePerLead, formatMoney);
  await expectTile(page, 'tile-median-response', f.medianResponseHours, formatHours);

  await openView(page, 'Follow-up', 'follow-up');
  await expectTile(page, 'tile-median-first-response', f.medianResponseHours, formatHours);
  await expectTile(page, 'tile-p90-response', f.p90ResponseHours, formatHours);
  await expectTile(page, 'tile-within-sla', f.slaCompliance, formatPercent);
  await expectTile(page, 'tile-never-followed-up', f.neverFollowedUp, formatCount);
  if (f.slaCompliance !== null) {
    // The SLA title's number is its bar's number: the bar splits what compliance counts.
    const compliance = formatPercent(f.slaCompliance);
    const sla = page.getByTestId('chart-sla');
    await expect(sla.locator('.chart-title').textContent()).resolves.toMatch(
      new RegExp(`^${compliance.replace('.', '\\.')} SLA`),
    );
    await expect(sla.locator('.chart-legend li').first().getAttribute('data-text')).resolves.toBe(
      `Within SLA: ${formatCount(f.withinSla ?? Number.NaN)} · ${compliance}`,
    );
  }
}

async function funnel(page: Page, json: Metrics) {
  await openView(page, 'Funnel', 'funnel');
  const chart = page.getByTestId('chart-funnel');
  await chart.getByRole('button', { name: 'Table', exact: true }).click();
  const stages = await readTable(chart.locator('table'));
  expect(stages).toEqual(
    json.funnel.map((s) => ({
      Stage: stageLabel(s.stage),
      Leads: cell(s.count, formatCount),
      'From previous': cell(s.fromPrevious, formatPercent),
      'From leads': cell(s.fromLeads, formatPercent),
    })),
  );
  // The funnel by source: each named source reads its bySource row (rates from leads).
  if (json.bySource === null) return;
  const rows = await readTable(page.getByRole('table', { name: 'The funnel by source' }));
  const named = rows.filter((row) => !(row['Source'] ?? '').startsWith('Other'));
  expect(named.length).toBeGreaterThan(0);
  for (const row of named) {
    const source = json.bySource.find((s) => s.source === row['Source']);
    expect(source, row['Source']).toBeDefined();
    expect(row, row['Source']).toMatchObject({
      Leads: formatCount(source?.leads ?? Number.NaN),
      'Followed up': cell(source?.followUpRate ?? null, formatPercent),
      Won: cell(source?.leadToWin ?? null, formatPercent),
    });
  }
}

async function reps(page: Page, json: Metrics) {
  await openView(page, 'Reps', 'reps');
  if (json.byOwner === null) {
    await expect(page.getByTestId('view-reps').textContent()).resolves.toContain('no owner column');
    return;
  }
  const rows = await readTable(page.getByTestId('table-owners').locator('table'));
  expect(rows.length).toBe(json.byOwner.length);
  for (const owner of json.byOwner) {
    const row = rows.find((r) => r['Owner'] === owner.owner);
    // Every column with a JSON key (the change against the last period has none: report.test.ts).
    expect(row, owner.owner).toMatchObject({
      Owner: owner.owner,
      Leads: formatCount(owner.leads),
      'Leads / month': cell(owner.leadsPerMonth, oneDecimal),
      'Follow-up rate': cell(owner.followUpRate, formatPercent),
      'Median response': cell(owner.medianResponseHours, formatHours),
      'SLA compliance': cell(owner.slaCompliance, formatPercent),
      'Within 1 h': cell(owner.withinHourShare, formatPercent),
      Won: cell(owner.wonLeads, formatCount),
      Revenue: cell(owner.wonAmount, (v) => formatMoney(v, json.calculator.currency)),
    });
  }
}

async function sources(page: Page, json: Metrics) {
  await openView(page, 'Sources', 'sources');
  if (json.bySource === null) return;
  const rows = await readTable(page.getByTestId('chart-by-dimension').locator('table'));
  const label = Object.keys(rows[0] ?? {})[0] ?? '';
  // The JSON keeps every source of the filtered leads; the view also lists the sources its own
  // filter leaves out (to pick another), and those have no JSON row.
  for (const source of json.bySource) {
    const row = rows.find((r) => r[label] === source.source);
    const money = (v: number) => formatMoney(v, json.calculator.currency);
    expect(row, source.source).toMatchObject({
      [label]: source.source,
      Leads: formatCount(source.leads),
      'Followed up': cell(source.followUpRate, formatPercent),
      'Won leads': cell(source.wonLeads, formatCount),
      'Lead-to-win': cell(source.leadToWin, formatPercent),
      'Won amount': cell(source.wonAmount, money),
      'Revenue per lead': cell(source.revenuePerLead, money),
    });
  }
  const best = json.bySource
    .filter((s) => s.revenuePerLead !== null && s.revenuePerLead > 0)
    .sort((a, b) => (b.revenuePerLead ?? 0) - (a.revenuePerLead ?? 0))[0];
  const title = page.getByTestId('chart-by-dimension').locator('.chart-title').textContent();
  if (best && Object.keys(json.filters.dimensions ?? {}).length === 0) {
    await expect(title).resolves.toBe(
      `${best.source} brings the most revenue per lead: ${formatMoney(best.revenuePerLead ?? 0)}`,
    );
  } else if (!best) await expect(title).resolves.not.toContain('most revenue per lead');
}

/** The Calculator's baseline as the JSON's calculator block carries it, and the chips of the filters. */
async function calculator(page: Page, json: Metrics) {
  await openCalculator(page);
  const baseline = json.calculator.scenarios.find((s) => s.baseline);
  if (!baseline) throw new Error('no baseline in the export');
  const box = (field: string) => page.locator(`.calc-input[data-field="${field}"] input[type="text"]`);
  for (const field of ['inboundLeads', 'followUpRate', 'leadToSqlRate', 'sqlCloseRate'] as const) {
    await expect(box(field).inputValue(), field).resolves.toBe(inputText(field, baseline.inputs[field]));
  }
  const m = (v: N) => (v === null ? '—' : money(v, json.calculator.currency));
  await expect(page.getByTestId('inbound-revenue').textContent()).resolves.toBe(
    m(baseline.outputs['inboundRevenue'] ?? null),
  );
  const lost = page.getByTestId('lost-to-no-follow-up');
  const shown = await lost.getAttribute('data-value');
  const expected = baseline.outputs.revenueLostToNoFollowUp as N;
  if (expected === null) expect(shown).toBeNull();
  else expect(Number(shown)).toBeCloseTo(expected, 6);
  // The rates multiply back to the data's lead-to-win wherever the data has one.
  const { followUpRate: f, leadToSqlRate: l, sqlCloseRate: c } = baseline.inputs;
  if (json.revenue.leadToWin !== null)
    expect(Math.abs(f * l * c - json.revenue.leadToWin)).toBeLessThan(1e-9);
  const assumed = page.getByTestId('follow-up-assumed');
  await expect(assumed.count()).resolves.toBe(json.calculator.followUpAssumed ? 1 : 0);
  const chips = Object.values(json.filters.dimensions ?? {}).flat().length;
  await expect(page.getByTestId('calculator-filter-chip').count()).resolves.toBe(chips);
}

/** Every figure with a JSON key, on every view, against the JSON export of the same state. */
export async function expectEveryFigure(page: Page, json: Metrics): Promise<void> {
  await overviewAndFollowUp(page, json);
  await funnel(page, json);
  await reps(page, json);
  await sources(page, json);
  await calculator(page, json);
}
