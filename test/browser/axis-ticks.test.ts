/**
 * Numbers on the charts (issue 14): axis ticks on round steps (1, 2, 2.5 or 5 × 10^n, never
 * 85/170/255/340), money compact only on axes and bars while the titles give whole units, months
 * with their year ("May ’25", never a bare "May 25"), and one minus sign (U+2212).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openCalculator, typeInto } from './calculator-page';
import { openView } from './figures';
import { appPerTest, screenshots, waitForState } from './harness';

const apps = appPerTest();

/** The tick labels of a chart's axis (`x` or `y`). */
async function ticks(page: Page, chart: string, axis: 'x' | 'y'): Promise<string[]> {
  const root = page.getByTestId(chart);
  // Recharts draws the tick labels in a layer of their own, after the axis.
  const labels = root.locator(`.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`);
  await labels.first().waitFor();
  return labels.allTextContents();
}

/** A tick's figure: "1,500" → 1500, "$500K" → 500000, "−$1M" → −1000000, "40%" → 40. */
function figure(label: string): number {
  const sign = label.includes('\u2212') ? -1 : 1;
  const scale = /K\b/.test(label) ? 1e3 : /M\b/.test(label) ? 1e6 : /B\b/.test(label) ? 1e9 : 1;
  return sign * Number(label.replace(/[^0-9.]/g, '')) * scale;
}

/** Evenly spaced, on a step of 1, 2, 2.5 or 5 × 10^n, from a multiple of the step. */
function expectRound(labels: string[]): void {
  const values = labels.map(figure);
  expect(values.length, labels.join(' | ')).toBeGreaterThanOrEqual(2);
  const step = (values[1] ?? 0) - (values[0] ?? 0);
  const power = 10 ** Math.floor(Math.log10(Math.abs(step)));
  expect(
    [1, 2, 2.5, 5, 10].some((m) => Math.abs(Math.abs(step) - m * power) < 1e-9 * power),
    labels.join(' | '),
  ).toBe(true);
  values.forEach((v, i) => {
    expect(Math.abs(v - (values[0] ?? 0) - i * step), labels.join(' | ')).toBeLessThan(1e-6 * Math.abs(step));
    expect(Math.abs(v / step - Math.round(v / step)), labels.join(' | ')).toBeLessThan(1e-6);
  });
}

describe('chart axes on the sample data', () => {
  it('tick on round steps, say the year of each month, and use one minus sign', async () => {
    const app = await apps.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(page, 'ready');
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();

    await openView(page, 'Follow-up', 'follow-up');
    expectRound(await ticks(page, 'chart-response', 'y'));
    const months = await ticks(page, 'chart-trend', 'x');
    expect(months.length).toBeGreaterThan(1);
    for (const month of months) expect(month).toMatch(/^\S+ \u2019\d\d$/);
    await screenshots(page, 'axis-ticks-follow-up');

    await openView(page, 'Reps', 'reps');
    expectRound(await ticks(page, 'chart-capacity', 'x'));
    await screenshots(page, 'axis-ticks-reps');

    // The calculator's waterfall, once the inputs it asks for are entered: a surplus of ~$840K.
    await openCalculator(page);
    await typeInto(page, 'Revenue goal', '1000000');
    await typeInto(page, 'Prior-period revenue', '600000');
    await typeInto(page, 'Retention rate', '80');
    await typeInto(page, 'Nurture-to-SQL rate', '10');
    await page.getByTestId('gap-waterfall').waitFor();
    const money = await ticks(page, 'gap-waterfall', 'y');
    expectRound(money);
    // The sample's baseline is a surplus: its axis goes below zero with the real minus sign.
    expect(money.some((label) => label.startsWith('\u2212'))).toBe(true);
    expect(money.join(' ')).not.toContain('-');
    await screenshots(page, 'axis-ticks-calculator');
  });
});
