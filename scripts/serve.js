// The production build served as a static host serves it: `node scripts/serve.js [dir] [port]`
// (the port from the argument, else PORT, else 4173). sirv answers with the brotli or gzip file
// that adapter-static wrote beside each text file (`precompress`), resolves clean URLs
// (`/routines` → `routines.html`), and here gets the cache rules and headers of the README's
// deploy notes: `_app/immutable/*` kept for a year, everything else (pages, `service-worker.js`)
// revalidated on every use, so updates are found; no framing, no type sniffing, no referrer.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Sent with every response, as the README asks of a host. */
const HEADERS = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
};

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
		for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
		handler(req, res);
	});
}

/**
 * Says in one sentence why the port cannot be used and how to choose another, and exits.
 * @param {string} port
 * @param {string} why
 * @returns {never}
 */
function refuse(port, why) {
	console.error(
		`Port ${port} ${why}; choose another with PORT=<port> npm start, or node scripts/serve.js build <port>.`
	);
	process.exit(1);
}

/** @param {NodeJS.ErrnoException} error */
const reason = (error) =>
	error.code === 'EADDRINUSE'
		? 'is already in use'
		: error.code === 'EACCES'
			? 'is not open to this user'
			: `cannot be used (${error.message})`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const asked = process.argv[3] || process.env.PORT || '4173';
	const port = Number(asked);
	if (!/^\d+$/.test(asked) || port > 65535) refuse(`"${asked}"`, 'is not a port number');
	const server = createStaticServer(() => dir);
	server.on('error', (error) => refuse(asked, reason(error)));
	server.listen(port, '127.0.0.1', () => {
		console.log(`Limber is served at http://localhost:${port}/ (from ${dir}/)`);
	});
}
