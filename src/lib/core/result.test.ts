import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from './result';

describe('Result', () => {
	it('narrows on ok to the value or the error', () => {
		const parse = (s: string): Result<number> =>
			Number.isFinite(Number(s)) ? ok(Number(s)) : fail(`“${s}” is not a number`);
		const good = parse('42');
		const bad = parse('x');
		expect(good.ok && good.value).toBe(42);
		expect(!bad.ok && bad.error).toBe('“x” is not a number');
	});

	it('has an empty success for operations with nothing to return', () => {
		expect(ok()).toEqual({ ok: true, value: undefined });
	});
});
