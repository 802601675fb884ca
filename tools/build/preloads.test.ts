import { describe, expect, it } from 'vitest';
import { closures } from './preloads.ts';

describe('each chunk’s static imports, closed', () => {
	it('follows imports through other chunks, once each, in a ring too', () => {
		const imports = new Map([
			['/node.js', ['/a.js']],
			['/a.js', ['/b.js', '/initial.js']],
			['/b.js', ['/a.js']],
			['/initial.js', []]
		]);
		expect(closures(imports)).toEqual({
			'/node.js': ['/a.js', '/b.js', '/initial.js'],
			'/a.js': ['/a.js', '/b.js', '/initial.js'],
			'/b.js': ['/a.js', '/b.js', '/initial.js'],
			'/initial.js': []
		});
	});
});
