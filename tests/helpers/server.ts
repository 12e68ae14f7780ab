/**
 * A tiny static file server for a built site (dist/), bound to 127.0.0.1 on a random port.
 * It behaves like the static hosting the site is published on: `/foo/` serves foo/index.html,
 * missing files are 404, and it records every request so tests can assert on what a page fetched.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Content-Type for a file name; Pagefind's pf_* index chunks and fragments are opaque binary. */
export function contentTypeFor(fileName: string): string {
  const ext = path.extname(fileName).toLowerCase();
  if (/\.pf_[a-z]+$/.test(ext)) return 'application/octet-stream';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

export interface RecordedRequest {
  method: string;
  /** Path and query as requested, e.g. `/osaka-ict/2018/?x=1` */
  url: string;
  status: number;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:43123 (no trailing slash) */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Maps a URL path to a file inside root, or null when it would escape root. */
function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = path.resolve(root, `.${relative}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/**
 * `mountPath` serves the site only under that path (e.g. "/kohyo/", as a city hosts it under its
 * own domain): every other path is 404, so a URL that forgot the site's path fails.
 */
export async function serveStatic(rootDir: string, options: { mountPath?: string } = {}): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const mount = options.mountPath ?? '/';
  const requests: RecordedRequest[] = [];

  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const record = (status: number): void => {
      requests.push({ method: req.method ?? 'GET', url, status });
    };
    const pathname = new URL(url, 'http://127.0.0.1').pathname;
    const mounted = pathname.startsWith(mount) || `${pathname}/` === mount;
    const file = mounted ? resolveFile(root, `/${pathname.slice(mount.length)}`) : null;

    const send = async (): Promise<void> => {
      if (!mounted) {
        record(404);
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found (outside the site path)');
        return;
      }
      if (file === null) {
        record(400);
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
        return;
      }
      const target = file;
      const info = await stat(target).catch(() => null);
      if (info?.isDirectory()) {
        // Like static hosts with trailingSlash: '/foo' redirects to '/foo/'.
        record(301);
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      if (!info?.isFile()) {
        record(404);
        const notFound = await readFile(path.join(root, '404.html')).catch(() => null);
        res.writeHead(404, { 'content-type': notFound ? CONTENT_TYPES['.html']! : 'text/plain; charset=utf-8' });
        res.end(notFound ?? 'Not found');
        return;
      }
      const body = await readFile(target);
      record(200);
      res.writeHead(200, { 'content-type': contentTypeFor(target), 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    send().catch((error: unknown) => {
      record(500);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
