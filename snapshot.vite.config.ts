/**
 * The snapshot viewer: a second, single-file build of the dashboard views, the calculator and the
 * charts, without DuckDB, as one IIFE script and one stylesheet (dist/snapshot/viewer.js and
 * viewer.css). "Share dashboard" fetches both from the site and inlines them, with the aggregated
 * results, into one HTML file that works offline from disk (src/lib/share/snapshot-html.ts).
 *
 *   vite build --config snapshot.vite.config.ts      (run by `npm run build`, after astro build)
 *
 * The site's modules that reach DuckDB or fetch files (lib/db/browser, the sample data) are replaced
 * by stubs here: a snapshot answers every metric from its own data (src/store/use-metric.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const STUBS: Record<string, string> = {
  [here('src/lib/db/browser.ts')]: here('src/snapshot/stubs/db-browser.ts'),
  [here('src/store/sample.ts')]: here('src/snapshot/stubs/sample.ts'),
};

/** Swaps the modules above for their stubs; fails the build if DuckDB sneaks in another way. */
function snapshotStubs(): Plugin {
  return {
    name: 'leadgap-snapshot-stubs',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith('@duckdb/')) {
        throw new Error(`The snapshot viewer must not import DuckDB (${source} from ${importer ?? '?'})`);
      }
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const stub = resolved && STUBS[resolved.id.split('?')[0] ?? ''];
      return stub ?? null;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const text = file.type === 'chunk' ? file.code : String(file.source);
        // Inlined into <script>/<style>: nothing may end the element or open an HTML comment.
        if (/<\/script|<\/style|<!--/i.test(text)) {
          throw new Error(`${file.fileName} contains "</script", "</style" or "<!--": it cannot be inlined`);
        }
      }
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [snapshotStubs()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/snapshot',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    cssCodeSplit: false,
    assetsInlineLimit: 100_000_000,
    reportCompressedSize: true,
    lib: {
      entry: here('src/snapshot/main.tsx'),
      name: 'LeadGapSnapshot',
      formats: ['iife'],
      fileName: () => 'viewer.js',
      cssFileName: 'viewer',
    },
  },
});
