// Serves files from tests/fixtures on loopback only, with optional per-path delays (SPA-like pages).
// Options (all optional): `tls: { key, cert }` serves https; `routes: { '/path': 'file under tests/fixtures' }`
// answers that path (any method; a POST gets 201 like the national portal's API).
import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve('tests/fixtures');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

function fixtureFile(pathname, routes) {
  const relative = Object.hasOwn(routes, pathname) ? routes[pathname] : path.normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const file = path.join(ROOT, relative);
  return file.startsWith(ROOT + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

export async function startFixtureServer(opts = {}) {
  const routes = opts.routes ?? {};
  const requests = [];
  const handler = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ host: req.headers.host, path: url.pathname, method: req.method, body });
      const file = fixtureFile(url.pathname, routes);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy');
        return;
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(fs.readFileSync(file));
    });
  };
  const server = opts.tls ? https.createServer(opts.tls, handler) : http.createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { port, requests, close: () => new Promise((r) => server.close(r)) };
}
