import { describe, expect, it } from 'vitest';
import { Pending } from './pending.svelte';

describe('Pending', () => {
	it('is running while the action is under way, and not after', async () => {
		const pending = new Pending();
		let finish = () => {};
		const run = pending.run(() => new Promise<void>((resolve) => (finish = resolve)));
		expect(pending.running).toBe(true);
		finish();
		await run;
		expect(pending.running).toBe(false);
	});

	it('stops running when the action fails, and passes the failure on', async () => {
		const pending = new Pending();
		await expect(pending.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
		expect(pending.running).toBe(false);
	});
});
