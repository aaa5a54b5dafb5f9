/* global File */
// The app's TypeScript bundled for Node (its packages stay external: resolved from node_modules), and
// bench data loaded through it as the app loads files: what the Node bench scripts share.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './util.mjs';

const ENTRY = `export { createNodeDb } from './src/lib/db/node';
export { ensureSchema } from './src/lib/ingest/schema';
export { prepareUpload, commitUpload } from './src/lib/ingest/pipeline';
export { MetricsEngine, knownFields } from './src/lib/metrics';
export { metricQuery } from './src/lib/metrics/registry';
export { summarySql } from './src/lib/metrics/overview-summary';
export { derivedFactsSql } from './src/lib/metrics/derived-facts';
export { buildSummaryCube, cubeSummarySql } from './src/lib/metrics/summary-cube';
export { periodsStatement } from './src/lib/metrics/period-series';
export { windowsQuery } from './src/lib/metrics/windows';
export { ResultCache } from './src/lib/metrics/result-cache';
export { warmUp } from './src/lib/ingest/warm-up';`;

/** The bundled app module (written to .tmp/metrics-node/<name>.mjs). */
export async function nodeApp(name) {
  const outDir = join(REPO_ROOT, '.tmp', 'metrics-node');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    stdin: { contents: ENTRY, resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(outfile);
}

/** Loads the bench's leads and deals files into `db` as the app does; returns the known fields. */
export async function loadBenchFiles(app, db, files) {
  const uploads = [];
  let uploadId = 1;
  for (const kind of ['leads', 'deals']) {
    const path = files[kind].path;
    const file = new File([readFileSync(path)], path.split('/').at(-1));
    const prepared = await app.prepareUpload(db, file, { uploadId: uploadId++, kind, fileName: file.name });
    const choice = {
      mapping: prepared.mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: prepared.closedWonAssumed,
      setAside: prepared.setAside,
    };
    await app.commitUpload(db, prepared, choice);
    uploads.push({
      kind,
      mapping: choice.mapping,
      closedWonAssumed: choice.closedWonAssumed,
      zoned: choice.formats.zoned,
    });
  }
  return app.knownFields(uploads);
}
