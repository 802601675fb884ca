// The cue player: what each cue sounds like under the person's preferences, silence in a tab
// that does not hold the session's lock, one holder per session across tabs, and the next tab
// in the lock's queue taking over when the holder closes.
import { describe, expect, it } from 'vitest';
import { CuePlayer, cueLock, type CueOutputs } from './cue-player';
import { DEFAULT_PREFERENCES, type Preferences } from '$lib/core/preferences';

function outputs(locks: LockManager | null = null) {
	const log: string[] = [];
	const leaving: (() => void)[] = [];
	const out: CueOutputs = {
		chime: (kind) => log.push(`chime:${kind}`),
		speak: (text) => log.push(`say:${text}`),
		silence: () => log.push('silence'),
		vibrate: (pattern) => log.push(`vibrate:${pattern}`),
		notify: (title, body) => log.push(`notify:${title}:${body}`),
		locks,
		onLeave: (listener) => void leaving.push(listener)
	};
	/** The page goes away (closed, or navigated from): what it listens for runs. */
	const leave = () => leaving.forEach((listener) => listener());
	return { log, out, leave, listening: () => leaving.length };
}

type Callback = (lock: Lock | null) => unknown;

/**
 * Web Locks shared by "tabs", as the browser keeps them: one holder per name, the others waiting
 * in turn; `ifAvailable` gets null while a name is held or has a queue; a signal withdraws a
 * request still waiting. Closing a tab lets go of its locks and drops its requests.
 */
function sharedLocks() {
	const held = new Map<string, { tab: number }>();
	const queues = new Map<string, { tab: number; grant: () => void }[]>();
	const queue = (name: string) => queues.get(name) ?? queues.set(name, []).get(name)!;
	const letGo = (name: string) => {
		held.delete(name);
		queue(name).shift()?.grant();
	};
	let tabs = 0;
	function tab(): LockManager & { close(): void } {
		const id = ++tabs;
		const request = async (name: string, second: LockOptions | Callback, third?: Callback) => {
			const [options, callback] =
				typeof second === 'function' ? [{} as LockOptions, second] : [second, third!];
			// A callback never runs in the task that asked.
			await Promise.resolve();
			if (held.has(name) || queue(name).length > 0) {
				if (options.ifAvailable) return callback(null);
				await new Promise<void>((granted, refused) => {
					const entry = { tab: id, grant: granted };
					queue(name).push(entry);
					options.signal?.addEventListener('abort', () => {
						const waiting = queue(name);
						if (!waiting.includes(entry)) return;
						waiting.splice(waiting.indexOf(entry), 1);
						refused(new DOMException('Withdrawn', 'AbortError'));
					});
				});
			}
			const grant = { tab: id };
			held.set(name, grant);
			try {
				return await callback({ name, mode: 'exclusive' } as Lock);
			} finally {
				if (held.get(name) === grant) letGo(name);
			}
		};
		return {
			request: request as LockManager['request'],
			query: async () => ({
				held: [...held].map(([name, { tab }]) => ({ name, clientId: `${tab}` })),
				pending: [...queues].flatMap(([name, waiting]) =>
					waiting.map(({ tab }) => ({ name, clientId: `${tab}` }))
				)
			}),
			close: () => {
				for (const [name, waiting] of queues)
					queues.set(
						name,
						waiting.filter((entry) => entry.tab !== id)
					);
				for (const [name, grant] of held) if (grant.tab === id) letGo(name);
			}
		};
	}
	return { tab };
}

/** Lets every pending promise (lock grants, their callbacks) run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

const prefs =
	(over: Partial<Preferences> = {}) =>
	() => ({ ...DEFAULT_PREFERENCES, ...over });

describe('CuePlayer', () => {
	it('plays a step start as chime, vibration and the spoken cue', () => {
		const { log, out } = outputs();
		new CuePlayer(prefs(), out).play(
			{ type: 'segment-start', at: 0, index: 1 },
			{ text: 'Rest', lang: 'en' }
		);
		expect(log).toEqual(['chime:start', 'vibrate:phase', 'say:Rest']);
	});

	it('says a cue in its language, and where no voice speaks it, chimes and buzzes instead', () => {
		const { log, out } = outputs();
		const spoken: string[] = [];
		out.speak = (text, options) => void spoken.push(`${options.lang}:${text}`);
		out.canSpeak = (lang) => lang !== 'de';
		const cues = new CuePlayer(prefs({ chime: false, vibration: false }), out);
		cues.play({ type: 'segment-start', at: 0, index: 1 }, { text: 'Descansa.', lang: 'es' });
		expect(spoken).toEqual(['es:Descansa.']);
		expect(log).toEqual([]);
		cues.play({ type: 'segment-start', at: 0, index: 1 }, { text: 'Ausruhen.', lang: 'de' });
		cues.play({ type: 'ten-seconds', at: 0, index: 1 }, { text: 'Noch 10 Sekunden', lang: 'de' });
		cues.play({ type: 'finished', at: 0, index: 1 }, { text: 'Gut gemacht.', lang: 'de' });
		expect(spoken).toEqual(['es:Descansa.']);
		expect(log).toEqual(['chime:start', 'vibrate:phase', 'chime:tick', 'chime:end', 'vibrate:end']);
	});

	it('follows the preferences: voice off stays off, chimes off stay off', () => {
		const { log, out } = outputs();
		const cues = new CuePlayer(prefs({ voice: false, chime: false, vibration: false }), out);
		cues.play({ type: 'segment-start', at: 0, index: 1 }, { text: 'Rest', lang: 'en' });
		cues.play({ type: 'finished', at: 0, index: 1 });
		expect(log).toEqual([]);
	});

	it("one tab holds a session's lock and plays; another showing it stays quiet", async () => {
		const locks = sharedLocks();
		const a = outputs(locks.tab());
		const b = outputs(locks.tab());
		const first = new CuePlayer(prefs(), a.out);
		const second = new CuePlayer(prefs(), b.out);
		expect(await first.claim('s1')).toBe(true);
		expect(await second.claim('s1')).toBe(false);
		expect(first.elsewhere).toBe(false);
		expect(second.elsewhere).toBe(true);
		second.play({ type: 'countdown', at: 0, index: 0, count: 3 });
		second.chime();
		second.notify('Ice 20', 'Warm-up');
		first.play({ type: 'countdown', at: 0, index: 0, count: 3 });
		expect(a.log).toEqual(['chime:tick']);
		expect(b.log).toEqual([]);
	});

	it('when the tab playing closes, the next tab showing the session plays from then on', async () => {
		const locks = sharedLocks();
		const tabA = locks.tab();
		const b = outputs(locks.tab());
		const first = new CuePlayer(prefs(), outputs(tabA).out);
		const second = new CuePlayer(prefs(), b.out);
		let taken = 0;
		await first.claim('s1');
		await second.claim('s1', () => taken++);
		second.play({ type: 'segment-start', at: 0, index: 1 }, { text: 'Rest', lang: 'en' });

		tabA.close();
		await settle();
		expect(taken).toBe(1);
		expect(second.elsewhere).toBe(false);
		// Nothing missed is replayed: only what comes now sounds.
		expect(b.log).toEqual([]);
		second.play({ type: 'countdown', at: 0, index: 1, count: 3 });
		expect(b.log).toEqual(['chime:tick']);
	});

	it('a tab going away lets go of the lock itself, so the next tab plays at once', async () => {
		const locks = sharedLocks();
		const a = outputs(locks.tab());
		const first = new CuePlayer(prefs(), a.out);
		const second = new CuePlayer(prefs(), outputs(locks.tab()).out);
		let taken = 0;
		await first.claim('s0');
		await first.claim('s1');
		await second.claim('s1', () => taken++);
		// The page is leaving but the browser has not closed it yet: its lock is let go all the same.
		a.leave();
		await settle();
		expect(taken).toBe(1);
		expect(second.elsewhere).toBe(false);
		expect(first.elsewhere).toBe(false);
		// It listened once, however many claims it made; the lock is the second tab's alone.
		expect(a.listening()).toBe(1);
		expect((await locks.tab().query()).held).toEqual([{ name: cueLock('s1'), clientId: '2' }]);
	});

	it('with three tabs on one session, one takes over when the holder lets go', async () => {
		const locks = sharedLocks();
		const player = () => new CuePlayer(prefs(), outputs(locks.tab()).out);
		const [a, b, c] = [player(), player(), player()];
		const taken: string[] = [];
		await a.claim('s1');
		await b.claim('s1', () => taken.push('b'));
		await c.claim('s1', () => taken.push('c'));
		a.release();
		await settle();
		expect(taken).toEqual(['b']);
		expect([b.elsewhere, c.elsewhere]).toEqual([false, true]);
		b.release();
		await settle();
		expect(taken).toEqual(['b', 'c']);
		expect(c.elsewhere).toBe(false);
	});

	it('a different session in another tab has its own lock, and each tab plays its own', async () => {
		const locks = sharedLocks();
		const a = outputs(locks.tab());
		const b = outputs(locks.tab());
		const first = new CuePlayer(prefs(), a.out);
		const second = new CuePlayer(prefs(), b.out);
		expect(await first.claim('s1')).toBe(true);
		expect(await second.claim('s2')).toBe(true);
		first.play({ type: 'countdown', at: 0, index: 0, count: 3 });
		second.play({ type: 'countdown', at: 0, index: 0, count: 3 });
		expect([a.log, b.log]).toEqual([['chime:tick'], ['chime:tick']]);
	});

	it('a tab that stops showing a session leaves its queue, and never takes it over', async () => {
		const locks = sharedLocks();
		const tabA = locks.tab();
		const tabB = locks.tab();
		const first = new CuePlayer(prefs(), outputs(tabA).out);
		const second = new CuePlayer(prefs(), outputs(tabB).out);
		let taken = 0;
		await first.claim('s1');
		await second.claim('s1', () => taken++);
		await settle();
		expect((await tabB.query()).pending).toHaveLength(1);
		// It moves on to a session of its own: the first session's queue no longer holds it.
		expect(await second.claim('s2')).toBe(true);
		expect((await tabB.query()).pending).toEqual([]);
		expect(second.elsewhere).toBe(false);
		tabA.close();
		await settle();
		expect(taken).toBe(0);
		expect((await tabB.query()).held?.map((lock) => lock.name)).toEqual([cueLock('s2')]);
		second.release();
		await settle();
		expect((await tabB.query()).held).toEqual([]);
	});

	it('a tab that does not hold the lock writes only after the holder lets go', async () => {
		const locks = sharedLocks();
		const first = new CuePlayer(prefs(), outputs(locks.tab()).out);
		const second = new CuePlayer(prefs(), outputs(locks.tab()).out);
		await first.claim('s1');
		await second.claim('s1');
		const order: string[] = [];
		const written = second.whileHolding(async () => {
			order.push('second reads back');
			return 'read';
		});
		await settle();
		expect(order).toEqual([]);
		order.push('first writes');
		first.release();
		expect(await written).toBe('read');
		expect(order).toEqual(['first writes', 'second reads back']);
		// It holds the lock until it lets go: a third tab waits.
		expect(await new CuePlayer(prefs(), outputs(locks.tab()).out).claim('s1')).toBe(false);
	});

	it('the holder, or a tab in a browser without locks, writes at once', async () => {
		const locks = sharedLocks();
		const holder = new CuePlayer(prefs(), outputs(locks.tab()).out);
		await holder.claim('s1');
		expect(await holder.whileHolding(async () => 'now')).toBe('now');
		const lockless = new CuePlayer(prefs(), outputs(null).out);
		expect(await lockless.claim('s1')).toBe(true);
		expect(await lockless.whileHolding(async () => 'now')).toBe('now');
	});
});
