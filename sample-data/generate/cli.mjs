// The command line of generate.mjs: --leads accepts 250k, 1m, 1_000_000.

function parseCount(s) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(String(s).replace(/_/g, ''));
  if (!m) throw new Error(`not a count: ${s}`);
  const mult = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[m[2]];
  return Math.round(Number(m[1]) * mult);
}

export function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--leads':
        opts.leads = parseCount(value());
        break;
      case '--seed':
        opts.seed = Number(value());
        if (!Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
        break;
      case '--out':
        opts.out = value();
        break;
      case '--as-of':
        opts.asOf = value();
        break;
      case '--stats':
        opts.printStats = true;
        break;
      case '-h':
      case '--help':
        console.log(
          'usage: node sample-data/generate.mjs [--leads N] [--seed S] [--out DIR] [--as-of YYYY-MM-DD] [--stats]',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return opts;
}
