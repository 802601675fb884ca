// The production build served as a static host serves it: `node scripts/serve.js [dir] [port]`.
// sirv answers with the brotli or gzip file that adapter-static wrote beside each text file
// (`precompress`), resolves clean URLs (`/routines` → `routines.html`), and here gets the cache
// rules of the README's deploy notes: `_app/immutable/*` kept for a year, everything else
// (pages, `service-worker.js`) revalidated on every use, so updates are found.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** @param {string} dir */
function handlerFor(dir) {
	const notFound = join(dir, '404.html');
	return sirv(dir, {
		brotli: true,
		gzip: true,
		etag: true,
		setHeaders(res, pathname) {
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/') ? IMMUTABLE : 'no-cache'
			);
		},
		onNoMatch(_req, res) {
			res.statusCode = 404;
			if (existsSync(notFound)) {
				res.setHeader('Content-Type', 'text/html; charset=utf-8');
				res.end(readFileSync(notFound));
			} else {
				res.setHeader('Content-Type', 'text/plain; charset=utf-8');
				res.end('Not found');
			}
		}
	});
}

/**
 * A server for the build in `root()`: a function, so a test can switch the build being served
 * (a deploy); each folder's file list is read once, on its first request.
 * @param {() => string} root
 */
export function createStaticServer(root) {
	/** @type {Map<string, ReturnType<typeof sirv>>} */
	const handlers = new Map();
	return createServer((req, res) => {
		const dir = resolve(root());
		let handler = handlers.get(dir);
		if (!handler) {
			handler = handlerFor(dir);
			handlers.set(dir, handler);
		}
		handler(req, res);
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
	createStaticServer(() => dir).listen(port, '127.0.0.1', () => {
		console.log(`Limber is served at http://localhost:${port}/ (from ${dir}/)`);
	});
}
