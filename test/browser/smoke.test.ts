import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, STATUS, openApp, screenshots } from './harness';

describe('built site, empty state', () => {
  let app: App;

  beforeAll(async () => {
    app = await openApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows an empty dataset status', async () => {
    await expect(app.page.locator(STATUS).getAttribute('data-state')).resolves.toBe('empty');
  });

  it('has the leads and deals file inputs', async () => {
    await expect(app.page.locator('input[data-testid="leads-file"]').count()).resolves.toBe(1);
    await expect(app.page.locator('input[data-testid="deals-file"]').count()).resolves.toBe(1);
    await expect(app.page.locator('input[data-testid="leads-file"]').getAttribute('type')).resolves.toBe(
      'file',
    );
    await expect(app.page.locator('input[data-testid="deals-file"]').getAttribute('type')).resolves.toBe(
      'file',
    );
  });

  it('offers sample data', async () => {
    const button = app.page.getByRole('button', { name: /sample/i });
    await expect(button.count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(button.first().isVisible()).resolves.toBe(true);
  });

  it('takes the empty-state screenshots', async () => {
    const paths = await screenshots(app.page, 'empty');
    expect(paths).toHaveLength(4);
  });

  it('made no request outside the served site and threw no errors', () => {
    expect(app.outsideRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
