// Global setup of the `browser` vitest project: serve the built site once for all browser tests.
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site, e.g. http://127.0.0.1:40123/ (always ends with '/'). */
    baseUrl: string;
  }
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // LEADGAP_DIST: serve another build (a folder, relative to the repo or absolute). Default dist/.
  const root = process.env['LEADGAP_DIST'] ?? 'dist';
  const rootDir = isAbsolute(root) ? root : resolve(repoRoot, root);
  const index = join(rootDir, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `Browser tests need the built site, and ${index} is missing. ` +
        'Run `npx astro build` first (`npm test` builds before the browser project).',
    );
  }
  const server = await startServer({ root: rootDir, port: 0 });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
