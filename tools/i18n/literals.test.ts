import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript tool, without types
import { componentWords } from './literals.js';

const words = (code: string): string[] => componentWords(code, 'Test.svelte');

describe('words outside the messages', () => {
	it('finds text in markup and in shown attributes', () => {
		expect(words('<p>Saved at noon</p>')).toEqual(['Saved at noon']);
		expect(words('<button aria-label="Close the note">×</button>')).toEqual(['Close the note']);
		expect(words('<img alt="A person lying down" src="/a.svg" />')).toEqual([
			'A person lying down'
		]);
		expect(words('{#if a}<span>Offline</span>{/if}')).toEqual(['Offline']);
	});

	it('finds sentences in a component’s script', () => {
		expect(words('<script>const note = "Nothing was changed.";</script>')).toEqual([
			'Nothing was changed.'
		]);
		expect(words('<script>const note = `Saved ${n} records`;</script>')).toEqual([
			'`Saved ${n} records`'
		]);
	});

	it('leaves messages, symbols, ids, classes and thrown errors alone', () => {
		expect(words('<p>{m.saved}</p><span>×</span><span>0–10</span>')).toEqual([]);
		expect(words('<a class="btn primary" href="/red-flags" title={m.title}>{m.go}</a>')).toEqual(
			[]
		);
		expect(
			words('<script>const id = "first-hours"; throw new Error("Not a calendar day");</script>')
		).toEqual([]);
		expect(words('<style>p { font-size: var(--text-sm); }</style><p>{x}</p>')).toEqual([]);
	});
});
