// The renderer's CPU time during the first load (first-load.mjs), step by step.
import { rendererCpuSeconds } from './browser.mjs';
import { sleep } from './util.mjs';

/**
 * The renderer's CPU time sampled every ~100 ms against the wall clock, so each step of the breakdown
 * gets its CPU time too (page times map to the wall clock through the page's timeOrigin).
 */
export function cpuSampler(browser) {
  const samples = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const cpu = await rendererCpuSeconds(browser);
      if (cpu !== null) samples.push({ at: Date.now(), cpu: cpu * 1000 });
      await sleep(100);
    }
  })();
  const at = (epoch) => {
    const after = samples.findIndex((s) => s.at >= epoch);
    if (after <= 0) return after === 0 ? samples[0].cpu : (samples.at(-1)?.cpu ?? null);
    const a = samples[after - 1];
    const b = samples[after];
    return a.cpu + ((b.cpu - a.cpu) * (epoch - a.at)) / (b.at - a.at || 1);
  };
  return {
    async stop() {
      running = false;
      await loop;
    },
    /** CPU ms between two page times of a page whose clock starts at `origin` (epoch ms). */
    between(origin, from, to) {
      if (from === null || to === null) return null;
      const a = at(origin + from);
      const b = at(origin + to);
      return a === null || b === null ? null : b - a;
    },
  };
}

/** CPU ms of each step: before the engine was ready, loading the files, drawing the Overview. */
export function stepCpu(sampler, origin, t0, b) {
  return {
    engineCpuMs: sampler.between(origin, t0, t0 + (b.engineReadyMs ?? NaN)),
    loadCpuMs: sampler.between(origin, t0 + (b.engineReadyMs ?? NaN), t0 + (b.filesReadyMs ?? NaN)),
    firstViewCpuMs: sampler.between(origin, t0 + (b.filesReadyMs ?? NaN), t0 + b.overviewDrawnMs),
  };
}

export async function cpuMs(browser, before) {
  const now = await rendererCpuSeconds(browser);
  return before === null || now === null ? null : (now - before) * 1000;
}
