// The cue player: what each cue sounds like under the person's preferences, silence in a tab
// that does not hold the session's lock, and one holder across tabs.
import { describe, expect, it } from 'vitest';
import { CuePlayer, type CueOutputs } from './cue-player';
import { DEFAULT_PREFERENCES, type Preferences } from './settings.svelte';

function outputs(locks: LockManager | null = null) {
	const log: string[] = [];
	const out: CueOutputs = {
		chime: (kind) => log.push(`chime:${kind}`),
		speak: (text) => log.push(`say:${text}`),
		silence: () => log.push('silence'),
		vibrate: (pattern) => log.push(`vibrate:${pattern}`),
		notify: (title, body) => log.push(`notify:${title}:${body}`),
		locks
	};
	return { log, out };
}

/**
 * A lock manager shared by "tabs": the first to ask holds it until released; `ifAvailable`
 * gets null while it is held, and a plain request waits its turn.
 */
function sharedLocks(): LockManager {
	let held = false;
	const waiting: (() => void)[] = [];
	type Callback = (lock: Lock | null) => unknown;
	const request = async (
		_name: string,
		second: LockOptions | Callback,
		third?: Callback
	): Promise<unknown> => {
		const [options, callback] =
			typeof second === 'function' ? [{} as LockOptions, second] : [second, third!];
		if (held && options.ifAvailable) return callback(null);
		while (held) await new Promise<void>((turn) => waiting.push(turn));
		held = true;
		try {
			return await callback({ name: 'limber-player', mode: 'exclusive' } as Lock);
		} finally {
			held = false;
			waiting.shift()?.();
		}
	};
	return {
		request: request as LockManager['request'],
		query: async () => ({ held: [], pending: [] })
	};
}

const prefs =
	(over: Partial<Preferences> = {}) =>
	() => ({ ...DEFAULT_PREFERENCES, ...over });

describe('CuePlayer', () => {
	it('plays a step start as chime, vibration and the spoken cue', () => {
		const { log, out } = outputs();
		new CuePlayer(prefs(), out).play({ type: 'segment-start', at: 0, index: 1, text: 'Rest' });
		expect(log).toEqual(['chime:start', 'vibrate:phase', 'say:Rest']);
	});

	it('follows the preferences: voice off stays off, chimes off stay off', () => {
		const { log, out } = outputs();
		const cues = new CuePlayer(prefs({ voice: false, chime: false, vibration: false }), out);
		cues.play({ type: 'segment-start', at: 0, index: 1, text: 'Rest' });
		cues.play({ type: 'finished', at: 0, index: 1 });
		expect(log).toEqual([]);
	});

	it('only the tab holding the lock plays; the other stays quiet until it is released', async () => {
		const locks = sharedLocks();
		const a = outputs(locks);
		const b = outputs(locks);
		const first = new CuePlayer(prefs(), a.out);
		const second = new CuePlayer(prefs(), b.out);
		expect(await first.claim()).toBe(true);
		expect(await second.claim()).toBe(false);
		expect(second.elsewhere).toBe(true);
		second.play({ type: 'countdown', at: 0, index: 0, count: 3 });
		second.notify('Ice 20', 'Warm-up');
		first.play({ type: 'countdown', at: 0, index: 0, count: 3 });
		expect(a.log).toEqual(['chime:tick']);
		expect(b.log).toEqual([]);

		first.release();
		await Promise.resolve();
		expect(await second.claim()).toBe(true);
	});

	it('a tab that does not hold the lock writes only after the holder lets go', async () => {
		const locks = sharedLocks();
		const first = new CuePlayer(prefs(), outputs(locks).out);
		const second = new CuePlayer(prefs(), outputs(locks).out);
		await first.claim();
		await second.claim();
		const order: string[] = [];
		const written = second.whileHolding(async () => {
			order.push('second reads back');
			return 'read';
		});
		await new Promise((tick) => setTimeout(tick, 0));
		expect(order).toEqual([]);
		order.push('first writes');
		first.release();
		expect(await written).toBe('read');
		expect(order).toEqual(['first writes', 'second reads back']);
	});

	it('the holder, or a tab in a browser without locks, writes at once', async () => {
		const locks = sharedLocks();
		const holder = new CuePlayer(prefs(), outputs(locks).out);
		await holder.claim();
		expect(await holder.whileHolding(async () => 'now')).toBe('now');
		const lockless = new CuePlayer(prefs(), outputs(null).out);
		await lockless.claim();
		expect(await lockless.whileHolding(async () => 'now')).toBe('now');
	});
});
