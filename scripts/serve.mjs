// Serve the built site (dist/) on 127.0.0.1. No dependencies: node:http only.
//
//   node scripts/serve.mjs [root]       PORT=5000 node scripts/serve.mjs
//
// As a module: `const { url, close } = await startServer({ root: 'dist', port: 0 })`.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

async function dirAt(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * The site's `_headers` file (the format Netlify and Cloudflare Pages read: a path pattern, then
 * indented `Name: value` lines), so that `npm start` sends what a static host would: the
 * Content-Security-Policy above all (astro.config.mjs writes it there).
 */
export function headerRules(rootDir) {
  const path = join(rootDir, '_headers');
  if (!existsSync(path)) return [];
  const rules = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function headersFor(rules, pathname) {
  const matches = (pattern) =>
    pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}

function sendFile(req, res, path, size, status = 200) {
  const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, {
    // A local server: always revalidate, so a rebuild is picked up on reload, unless the site's
    // headers say a file can be kept (the content-hashed names under /_astro/).
    'Cache-Control': 'no-cache',
    ...res.siteHeaders,
    'Content-Type': type,
    'Content-Length': size,
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function createHandler(root) {
  const rules = headerRules(root);
  return async (req, res) => {
    try {
      res.siteHeaders = headersFor(rules, new URL(req.url ?? '/', 'http://localhost').pathname);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        send(res, 400, 'Bad Request\n');
        return;
      }
      if (pathname.includes('\0') || pathname === '/_headers') {
        send(res, 400, 'Bad Request\n');
        return;
      }
      const target = resolve(root, `.${pathname}`);
      const rel = relative(root, target);
      if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
        send(res, 404, 'Not Found\n');
        return;
      }

      const info = await fileAt(target);
      if (info) {
        sendFile(req, res, target, info.size);
        return;
      }
      if (await dirAt(target)) {
        if (!pathname.endsWith('/')) {
          // /about -> /about/ so relative links in about/index.html resolve.
          send(res, 301, 'Moved Permanently\n', { Location: `${url.pathname}/${url.search}` });
          return;
        }
        const index = join(target, 'index.html');
        const indexInfo = await fileAt(index);
        if (indexInfo) {
          sendFile(req, res, index, indexInfo.size);
          return;
        }
      } else if (!extname(target) && !pathname.endsWith('/')) {
        // build.format: 'file' emits /about as about.html
        const html = `${target}.html`;
        const htmlInfo = await fileAt(html);
        if (htmlInfo) {
          sendFile(req, res, html, htmlInfo.size);
          return;
        }
      }
      const notFound = join(root, '404.html');
      const notFoundInfo = await fileAt(notFound);
      if (notFoundInfo) sendFile(req, res, notFound, notFoundInfo.size, 404);
      else send(res, 404, 'Not Found\n');
    } catch (error) {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
      console.error(error);
    }
  };
}

/**
 * Start a static file server.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 *   root: folder to serve, relative to the repository (default 'dist'); port 0 = any free port.
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close(): Promise<void> }>}
 *   url ends with '/', e.g. http://127.0.0.1:4321/
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  const rootDir = isAbsolute(root) ? root : resolve(repoRoot, root);
  const server = createServer(createHandler(rootDir));
  server.keepAliveTimeout = 1000;
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}/`,
    port: actualPort,
    server,
    close: () =>
      new Promise((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const root = process.argv[2] ?? 'dist';
  const rootDir = isAbsolute(root) ? root : resolve(repoRoot, root);
  if (!existsSync(join(rootDir, 'index.html'))) {
    console.error(`No site to serve: ${join(rootDir, 'index.html')} is missing. Build it first: npm start`);
    process.exit(1);
  }
  const wanted = process.env.PORT ? Number(process.env.PORT) : 4321;
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    console.error(`PORT=${process.env.PORT} is not a port number`);
    process.exit(1);
  }
  let running;
  try {
    running = await startServer({ root: rootDir, port: wanted });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    running = await startServer({ root: rootDir, port: 0 });
    console.log(`Port ${wanted} is taken; using ${running.port} instead.`);
  }
  console.log(`LeadGap is running at ${running.url}  (Ctrl+C to stop)`);
  const stop = () => {
    running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
