// A small static server for the production build: `node scripts/serve.js [dir] [port]`.
// It resolves clean URLs to prerendered .html files, as static hosts do, and never caches
// the service worker script, so updates are found.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8'
};

function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

const compressible = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

/**
 * Serves `root()` (a function, so tests can swap the build being served). With `compress`, text
 * is sent gzipped as real static hosts do, so measurements such as Lighthouse see real sizes.
 * @param {() => string} root
 * @param {{ compress?: boolean }} [options]
 */
export function createStaticServer(root, { compress = false } = {}) {
	return createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path;
		try {
			path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		const base = resolve(root());
		const candidates = [
			join(base, path),
			join(base, `${path}.html`),
			join(base, path, 'index.html')
		];
		const file = candidates.find((c) => c.startsWith(base) && isFile(c));
		const status = file ? 200 : 404;
		const served = file ?? join(base, '404.html');
		const headers = {
			'content-type': types[extname(served)] ?? 'application/octet-stream',
			'cache-control': path.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		if (!isFile(served)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const gzip =
			compress &&
			compressible.test(headers['content-type']) &&
			/\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		if (gzip) {
			res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			createReadStream(served).pipe(createGzip()).pipe(res);
			return;
		}
		res.writeHead(status, headers);
		createReadStream(served).pipe(res);
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
	createStaticServer(() => dir).listen(port, '127.0.0.1', () => {
		console.log(`Limber is served at http://localhost:${port}/ (from ${dir}/)`);
	});
}
