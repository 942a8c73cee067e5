/**
 * scripts/lib/static-server.mjs: the plain static server the smoke check, bench and screenshots use in place of
 * "any static server" — module scripts must come with a JavaScript type, and nothing outside the root is served.
 */
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server: { url: string; close: () => Promise<void>; requests: Array<{ path: string; status: number }> };

beforeAll(async () => {
  const { startServer } = (await import('../../scripts/lib/static-server.mjs')) as unknown as {
    startServer: (o: { root: string }) => Promise<typeof server>;
  };
  server = await startServer({ root });
});
afterAll(() => server.close());

describe('startServer', () => {
  it('serves JavaScript, JSON and HTML with their types', async () => {
    const js = await fetch(new URL('scripts/lib/static-server.mjs', server.url));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const json = await fetch(new URL('package.json', server.url));
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await json.json()) as { name: string }).name).toBe('@sdg-central-asia/elements');
    const html = await fetch(new URL('examples/plain.html', server.url));
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('<sdg-map indicator="3.2.1" year="2020">');
  });

  it('answers 404 for a missing file and logs each request', async () => {
    const res = await fetch(new URL('no/such/file.json', server.url));
    expect(res.status).toBe(404);
    expect(server.requests.at(-1)).toMatchObject({ path: '/no/such/file.json', status: 404 });
  });

  it('serves nothing outside its root', async () => {
    // fetch() normalises '..' away; node:http sends the path as written.
    for (const raw of ['/../../../../etc/passwd', '/..%2f..%2f..%2f..%2fetc/passwd']) {
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(server.url, { path: raw }, (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
      expect([403, 404], raw).toContain(status);
      expect(body).not.toContain('root:');
    }
  });
});
