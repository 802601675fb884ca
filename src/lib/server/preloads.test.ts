import { describe, expect, it } from 'vitest';
import { completePreloads } from './preloads';

const page = (links: string[]) =>
	`<head>${links.map((f) => `<link href="${f}" rel="modulepreload">`).join('')}</head>`;

describe('a page’s preload links', () => {
	it('adds every script the listed ones import and is not listed yet', () => {
		const closures = { '/node.js': ['/shared.js', '/storage.js'], '/shared.js': ['/storage.js'] };
		const html = completePreloads(page(['/start.js', '/node.js', '/shared.js']), closures);
		const listed = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
		expect(listed).toEqual(['/start.js', '/node.js', '/shared.js', '/storage.js']);
	});

	it('leaves a complete page, and one without preloads, as it is', () => {
		const complete = page(['/node.js', '/shared.js']);
		expect(completePreloads(complete, { '/node.js': ['/shared.js'] })).toBe(complete);
		expect(completePreloads('<head></head>', { '/node.js': ['/x.js'] })).toBe('<head></head>');
	});
});
