// The bench's command line (index.mjs's header says what each option does) and the machine it ran on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCount } from './data.mjs';
import { REPO_ROOT } from './util.mjs';

export function parseArgs(argv) {
  const opts = {
    quick: false,
    sizes: null,
    changes: 20,
    site: null,
    out: null,
    fresh: false,
    native: true,
    firstLoad: null,
    firstLoadDelay: 0,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') opts.quick = true;
    else if (arg === '--sizes') {
      const list = value();
      opts.sizes = list === 'none' ? [] : list.split(',').map(parseCount);
    } else if (arg === '--first-load') opts.firstLoad = Number(value());
    else if (arg === '--first-load-delay') opts.firstLoadDelay = Number(value());
    else if (arg === '--changes') opts.changes = Number(value());
    else if (arg === '--site') opts.site = resolve(value());
    else if (arg === '--out') opts.out = resolve(value());
    else if (arg === '--fresh-data') opts.fresh = true;
    else if (arg === '--no-native') opts.native = false;
    else if (arg === '-h' || arg === '--help') {
      console.log(
        readFileSync(new URL('./index.mjs', import.meta.url), 'utf8')
          .split('\n')
          .slice(1, 19)
          .join('\n'),
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (see --help)`);
  }
  opts.sizes ??= opts.quick ? [100_000] : [100_000, 1_000_000, 3_000_000];
  opts.firstLoad ??= opts.quick ? 0 : 3;
  opts.out ??= join(REPO_ROOT, 'bench-results.json');
  return opts;
}

export function machine() {
  const version = (pkg) => {
    try {
      return JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  };
  let commit = null;
  try {
    commit = execFileSync('git', ['describe', '--always', '--dirty'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus()[0]?.model ?? null,
    cores: cpus().length,
    memory: totalmem(),
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    duckdbWasm: version('@duckdb/duckdb-wasm'),
    commit,
  };
}
