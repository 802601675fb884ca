// The page waking: each way back (shown, resumed from a freeze, the back/forward cache, focus)
// catches the session up while the page is in view, never while hidden; showing and hiding are
// both reported; and once stopped, no event reaches the player and no listener is left.
import { beforeEach, describe, expect, it } from 'vitest';
import { onPageWake, type PageTargets } from './page-wake';

/** An event target that counts its listeners. */
class Target extends EventTarget {
	listeners = 0;
	visibilityState: DocumentVisibilityState = 'visible';
	override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
		this.listeners++;
		super.addEventListener(...args);
	}
	override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
		this.listeners--;
		super.removeEventListener(...args);
	}
}

let doc: Target;
let win: Target;
let log: string[];
let stop: () => void;

beforeEach(() => {
	doc = new Target();
	win = new Target();
	log = [];
	const page: PageTargets = { document: doc, window: win };
	stop = onPageWake(
		{
			awake: () => log.push('awake'),
			visibility: (visible) => log.push(visible ? 'shown' : 'hidden')
		},
		page
	);
});

const fire = (target: Target, type: string) => target.dispatchEvent(new Event(type));

describe('onPageWake', () => {
	it.each([
		{ event: 'visibilitychange', on: 'document', visible: true, log: ['awake', 'shown'] },
		{ event: 'visibilitychange', on: 'document', visible: false, log: ['hidden'] },
		{ event: 'resume', on: 'document', visible: true, log: ['awake'] },
		{ event: 'resume', on: 'document', visible: false, log: [] },
		{ event: 'pageshow', on: 'window', visible: true, log: ['awake'] },
		{ event: 'focus', on: 'window', visible: true, log: ['awake'] },
		{ event: 'focus', on: 'window', visible: false, log: [] }
	])('$event, page visible $visible → $log', ({ event, on, visible, log: expected }) => {
		doc.visibilityState = visible ? 'visible' : 'hidden';
		fire(on === 'document' ? doc : win, event);
		expect(log).toEqual(expected);
	});

	it('stops when asked: nothing heard after, no listener left', () => {
		expect(doc.listeners + win.listeners).toBe(4);
		stop();
		expect(doc.listeners + win.listeners).toBe(0);
		for (const type of ['visibilitychange', 'resume']) fire(doc, type);
		for (const type of ['pageshow', 'focus']) fire(win, type);
		expect(log).toEqual([]);
	});
});
