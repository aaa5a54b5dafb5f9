#!/usr/bin/env node
// Deterministic generator of a realistic Salesforce-style leads export and opportunities export.
//
//   node sample-data/generate.mjs [--leads N] [--seed S] [--out DIR] [--as-of YYYY-MM-DD] [--stats]
//
// Defaults write sample-data/leads.csv and sample-data/deals.csv, byte-identical on every run.
// Node built-ins only; the parts are in generate/ (sample-data/README.md has the map).

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from './generate/cli.mjs';
import { generate } from './generate/index.mjs';

export { DEFAULTS, generate } from './generate/index.mjs';
export { LEAD_HEADERS } from './generate/leads.mjs';
export { DEAL_HEADERS } from './generate/deals.mjs';
export { mulberry32 } from './generate/random.mjs';

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const result = await generate(opts);
    if (opts.printStats) console.log(JSON.stringify(result.stats, null, 2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
