import { describe, expect, it } from 'vitest';
import { completePreloads, completeStyles } from './preloads';

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

describe('a page’s style sheets', () => {
	const head = (scripts: string[], sheets: string[]) =>
		`<head>${scripts.map((f) => `<link href="${f}" rel="modulepreload">`).join('')}${sheets
			.map((f) => `<link href="${f}" rel="stylesheet">`)
			.join('')}</head>`;

	it('links every sheet its listed scripts bring, after the ones it has, once each', () => {
		const styles = {
			'/node.js': ['/node.css'],
			'/shared.js': ['/a.css', '/b.css'],
			'/x.js': ['/a.css']
		};
		const html = completeStyles(head(['/node.js', '/shared.js', '/x.js'], ['/node.css']), styles);
		const sheets = [...html.matchAll(/href="([^"]+\.css)"/g)].map((m) => m[1]);
		expect(sheets).toEqual(['/node.css', '/a.css', '/b.css']);
	});

	it('leaves a page with all its sheets, and one with none, as it is', () => {
		const complete = head(['/node.js'], ['/node.css']);
		expect(completeStyles(complete, { '/node.js': ['/node.css'] })).toBe(complete);
		expect(completeStyles('<head></head>', { '/node.js': ['/x.css'] })).toBe('<head></head>');
	});
});
