#!/usr/bin/env node
// A tiny static file server (node:http, no dependencies): the "any static server" a page with the one-tag embed
// lives on. Used by the smoke check, the bench and the screenshot script.
//   node scripts/lib/static-server.mjs [root] [--port 8080]
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1. Resolves with `{ url, port, close(), requests }` where `requests` logs each
 * `{ path, status, bytes }` served (for transfer-size reports). `gzip`: compress text responses for clients that
 * accept it, as a CDN would (Lighthouse in the bench); `bytes` is then what went over the wire.
 */
export async function startServer({
  root = process.cwd(),
  port = 0,
  host = '127.0.0.1',
  log = false,
  gzip = false,
} = {}) {
  const base = path.resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const done = (status, bytes) => {
      requests.push({ path: pathname, status, bytes });
      if (log) console.log(`${status} ${req.method} ${pathname}`);
    };
    let pathname = '/';
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = path.join(base, pathname);
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end('forbidden');
        return done(403, 0);
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
        return done(404, 0);
      }
      const type = types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (
        gzip &&
        /^(text\/|application\/json|image\/svg)/.test(type) &&
        /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
      ) {
        const body = gzipSync(readFileSync(file), { level: 9 });
        res.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          'content-length': body.length,
          'cache-control': 'no-cache',
          'access-control-allow-origin': '*',
          vary: 'accept-encoding',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return done(200, req.method === 'HEAD' ? 0 : body.length);
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
      });
      if (req.method === 'HEAD') {
        res.end();
        return done(200, 0);
      }
      createReadStream(file).pipe(res);
      done(200, info.size);
    } catch (err) {
      res.writeHead(500).end(String(err));
      done(500, 0);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const pi = args.indexOf('--port');
  const port = pi >= 0 ? Number(args.splice(pi, 2)[1]) : 8080;
  const root = args[0] ?? '.';
  const s = await startServer({ root, port, log: true });
  console.log(`serving ${path.resolve(root)} at ${s.url}`);
}
