// Cross-tab change notices over BroadcastChannel, and the same-tab path without it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAME, closeBroadcast, onDataChange, type DataChange } from './broadcast';
import * as sessions from './sessions';
import { freshStorage, session } from './testing';

beforeEach(freshStorage);
afterEach(() => {
	vi.unstubAllGlobals();
	closeBroadcast();
});

function nextMessage(channel: BroadcastChannel): Promise<unknown> {
	return new Promise((resolve) => {
		channel.onmessage = (event: MessageEvent<unknown>) => resolve(event.data);
	});
}

function nextChange(): Promise<[DataChange, boolean]> {
	return new Promise((resolve) => {
		const stop = onDataChange((change, remote) => {
			stop();
			resolve([change, remote]);
		});
	});
}

describe('BroadcastChannel limber-data', () => {
	it('tells other tabs about a write', async () => {
		const otherTab = new BroadcastChannel(CHANNEL_NAME);
		const heard = nextMessage(otherTab);
		await sessions.put(session(7));
		expect(await heard).toEqual({ store: 'sessions', op: 'put', key: 's00007' });
		otherTab.close();
	});

	it('passes on other tabs’ changes as remote, and ignores malformed messages', async () => {
		const otherTab = new BroadcastChannel(CHANNEL_NAME);
		const heard = vi.fn();
		onDataChange(heard);
		const change = nextChange();
		otherTab.postMessage({ store: 'nope', op: 'put' });
		otherTab.postMessage('hello');
		otherTab.postMessage({ store: 'journal', op: 'put', key: 3 });
		otherTab.postMessage({ store: 'journal', op: 'delete', key: '2024-05-01' });
		expect(await change).toEqual([{ store: 'journal', op: 'delete', key: '2024-05-01' }, true]);
		expect(heard).toHaveBeenCalledTimes(1);
		otherTab.close();
	});

	it('keeps working in this tab where BroadcastChannel does not exist', async () => {
		closeBroadcast();
		vi.stubGlobal('BroadcastChannel', undefined);
		const heard = vi.fn();
		onDataChange(heard);
		expect((await sessions.put(session(1))).ok).toBe(true);
		expect(heard).toHaveBeenCalledWith({ store: 'sessions', op: 'put', key: 's00001' }, false);
	});

	it('a listener that throws does not stop the others or fail the write', async () => {
		const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const second = vi.fn();
		onDataChange(() => {
			throw new Error('bad listener');
		});
		onDataChange(second);
		expect((await sessions.put(session(1))).ok).toBe(true);
		expect(second).toHaveBeenCalledTimes(1);
		expect(spy).toHaveBeenCalled();
		spy.mockRestore();
	});

	it('does not tell other tabs about writes that only live in memory', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const otherTab = new BroadcastChannel(CHANNEL_NAME);
		const heard = vi.fn();
		otherTab.onmessage = heard;
		const local = vi.fn();
		onDataChange(local);
		await sessions.put(session(1));
		await new Promise((r) => setTimeout(r, 20));
		expect(local).toHaveBeenCalledTimes(1);
		expect(heard).not.toHaveBeenCalled();
		otherTab.close();
	});
});
