// Downloads in the browser tests: a button's file, read back (JSON parsed).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { datasetState, STATUS } from './harness';

export interface DownloadedFile {
  filename: string;
  path: string;
  text: string;
}

/**
 * Click button[data-testid=<testId>] and return the file it downloads. The click is awaited on its
 * own, so a button that cannot be clicked fails with Playwright's reason; a download that does not
 * come fails with what the page showed then (its status, the button and any message).
 */
export async function downloadFile(page: Page, testId: string, timeoutMs = 60_000): Promise<DownloadedFile> {
  const downloading = page.waitForEvent('download', { timeout: timeoutMs });
  downloading.catch(() => undefined);
  await page.getByTestId(testId).click({ timeout: timeoutMs });
  const download = await downloading.catch(async (error: unknown) => {
    throw new Error(`no download from ${testId}: ${await pageSaid(page, testId)}`, { cause: error });
  });
  const failure = await download.failure();
  if (failure) throw new Error(`download from ${testId} failed: ${failure}`);
  const path = await download.path();
  return { filename: download.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

/** What the page shows about a download that did not come (for the error). */
async function pageSaid(page: Page, testId: string): Promise<string> {
  const text = (selector: string) =>
    page
      .locator(selector)
      .allInnerTexts()
      .then((texts) => texts.join(' | ').trim())
      .catch(() => '?');
  return [
    `status "${await text(STATUS)}" (${await datasetState(page).catch(() => '?')})`,
    `button "${await text(`[data-testid="${testId}"]`)}"`,
    `messages "${await text('.toast')}"`,
  ].join(', ');
}

/** Click button[data-testid=<testId>] and parse the JSON file it downloads. */
export async function downloadJson<T = unknown>(
  page: Page,
  buttonTestId: string,
  timeoutMs = 60_000,
): Promise<T> {
  const file = await downloadFile(page, buttonTestId, timeoutMs);
  try {
    return JSON.parse(file.text) as T;
  } catch (error) {
    throw new Error(`${file.filename} from ${buttonTestId} is not JSON: ${file.text.slice(0, 200)}`, {
      cause: error,
    });
  }
}
