import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

/**
 * The site's Content-Security-Policy: nothing is fetched from, or sent to, another origin
 * (connect-src 'self'); scripts are the site's own files and Astro's inline island scripts, each
 * allowed by its SHA-256 (Astro adds the hashes); 'wasm-unsafe-eval' lets DuckDB compile its
 * WebAssembly, and nothing else is evaluated. Styles may be inline (React and the PNG export set
 * style attributes); images may be data:/blob: (PNG export). Workers are the site's own scripts
 * and blob: bootstraps that load them (src/lib/db/browser.ts), which inherit this policy.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * Astro writes the policy into each page's <meta>. Hosts that read a `_headers` file (Netlify,
 * Cloudflare Pages) and `npm start` (scripts/serve.mjs) also send it as a header, so it covers
 * every response, workers included: the build copies the page's policy into dist/_headers.
 */
function policyHeader() {
  return {
    name: 'leadgap-csp-header',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const html = await readFile(new URL('index.html', dir), 'utf8');
        const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
        if (!policy) throw new Error('dist/index.html has no Content-Security-Policy meta tag');
        const headers = new URL('_headers', dir);
        const base = await readFile(headers, 'utf8').catch(() => '/*\n');
        const text = policy.replaceAll('&#39;', "'").replaceAll('&quot;', '"').trim().replace(/;$/, '');
        await writeFile(headers, `${base.trimEnd()}\n  Content-Security-Policy: ${text}\n`);
      },
    },
  };
}

export default defineConfig({
  output: 'static',
  integrations: [react(), policyHeader()],
  security: {
    csp: {
      directives: DIRECTIVES,
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
