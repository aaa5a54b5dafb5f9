// Shared by the calculator's browser tests: the metrics JSON shapes and how to drive the page.
import type { Page } from 'playwright-core';

export type Inputs = Record<
  | 'revenueGoal'
  | 'priorRevenue'
  | 'retentionRate'
  | 'inboundLeads'
  | 'followUpRate'
  | 'leadToSqlRate'
  | 'sqlCloseRate'
  | 'averageDeal'
  | 'nurturedShare'
  | 'nurtureToSqlRate',
  number
>;

export interface ScenarioJson {
  name: string;
  baseline: boolean;
  inputs: Inputs;
  outputs: Record<string, number | null> & { gap: number | null; revenueLostToNoFollowUp: number | null };
  provenance: Record<keyof Inputs, { kind: string; source?: string }>;
  gapChangeVsBaseline: number | null;
}

export interface Metrics {
  counts: { leads: number };
  funnel: { stage: string; count: number | null }[];
  followUp: { rate: number | null };
  revenue: { averageWonAmount: number | null; leadToWin?: number | null; leakedRevenue?: number | null };
  calculator: {
    currency: string;
    period: string;
    scenarios: ScenarioJson[];
    leakedRevenue?: number | null;
    leakedRevenueSpanDays?: number | null;
    periodScale?: number | null;
  };
}

export async function openCalculator(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Calculator/ })
    .click();
  await page.getByTestId('calculator').waitFor();
}

/** The text box of an input, by its label (exact, so "Follow-up rate slider" is not matched). */
export const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
/** The provenance badge of an input. */
export const sourceOf = (page: Page, fieldName: string) =>
  page.locator(`.calc-input[data-field="${fieldName}"] .calc-source`);
export const card = (page: Page, name: string) =>
  page.locator(`[data-testid="scenario"][data-name="${name}"]`);

export async function cardNumber(
  page: Page,
  name: string,
  attribute: 'data-gap' | 'data-gap-change',
): Promise<number> {
  return Number(await card(page, name).getAttribute(attribute));
}

/** Types into an input the way a person does: select all, type, leave the field. */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const box = field(page, label);
  await box.fill(text);
  await box.blur();
}

export async function renameSelected(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `Rename ${from}` }).click();
  const box = page.getByRole('textbox', { name: `New name for ${from}` });
  await box.fill(to);
  await box.press('Enter');
  await card(page, to).waitFor();
}

export const en = (n: number, digits = 2) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(n);
export const usd = (n: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);
