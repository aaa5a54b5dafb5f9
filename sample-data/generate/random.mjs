// Seeded random numbers: the same seed gives the same files, so every call's order matters.

/** mulberry32: small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeRandom(seed) {
  const rnd = mulberry32(seed);
  let spare = null;
  const normal = () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = rnd();
    const v = rnd();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    next: rnd,
    int: (n) => Math.floor(rnd() * n),
    pick: (arr) => arr[Math.floor(rnd() * arr.length)],
    chance: (p) => rnd() < p,
    normal,
    /** log-normal with the given median and sigma (of the underlying normal) */
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    /** geometric-ish count >= 0 with the given mean */
    count: (mean) => Math.floor(-Math.log(1 - rnd()) * mean),
  };
}

/** Deterministic 32-bit integer hash (for attributes derived from an index, e.g. a company). */
export function hash32(x) {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function weighted(entries) {
  const total = entries.reduce((s, e) => s + e.weight, 0);
  let acc = 0;
  const cum = entries.map((e) => (acc += e.weight / total));
  return (u) => {
    for (let i = 0; i < cum.length; i++) if (u < cum[i]) return entries[i];
    return entries[entries.length - 1];
  };
}
