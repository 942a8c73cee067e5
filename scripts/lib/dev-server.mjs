// The project's @web/dev-server (web-dev-server.config.mjs: TypeScript on the fly, bare imports resolved) started
// in-process on a free port, for pages that load /src/*.ts (index.html, stories-like pages under development).
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDevServer } from '@web/dev-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startDev({ port } = {}) {
  const { default: config } = await import(pathToFileURL(path.join(root, 'web-dev-server.config.mjs')).href);
  const actual = port ?? (await freePort());
  const server = await startDevServer({
    config: { ...config, rootDir: root, port: actual, hostname: '127.0.0.1', open: false, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  return { url: `http://127.0.0.1:${actual}/`, port: actual, close: () => server.stop() };
}
