// The update watch: an offer when a new version waits or arrives, and a reload only into an
// update the person accepted, here or in another tab.
import { describe, expect, it, vi } from 'vitest';
import { switchLanguage, UpdateWatch, type WorkboxLike } from './update-watch';

function fakeWorkbox() {
	const listeners = new Map<string, (event: { isUpdate?: boolean }) => void>();
	const wb = {
		addEventListener: (type: string, listener: (event: { isUpdate?: boolean }) => void) =>
			listeners.set(type, listener),
		register: vi.fn(() => Promise.resolve()),
		update: vi.fn(() => Promise.resolve()),
		messageSkipWaiting: vi.fn()
	};
	const fire = (type: 'waiting' | 'controlling', isUpdate = true) =>
		listeners.get(type)?.({ isUpdate });
	return { wb: wb as unknown as WorkboxLike & typeof wb, fire };
}

describe('UpdateWatch', () => {
	it('offers a waiting version, and takes it only when asked', () => {
		const { wb, fire } = fakeWorkbox();
		const offer = vi.fn();
		const reload = vi.fn();
		const watch = new UpdateWatch(wb, offer, reload);
		fire('waiting');
		expect(offer).toHaveBeenCalledOnce();
		expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
		watch.apply();
		expect(wb.messageSkipWaiting).toHaveBeenCalledOnce();
		expect(reload).not.toHaveBeenCalled();
		fire('controlling');
		expect(reload).toHaveBeenCalledOnce();
	});

	it('never reloads into a version it was not asked for', () => {
		const { wb, fire } = fakeWorkbox();
		const reload = vi.fn();
		new UpdateWatch(wb, () => undefined, reload);
		fire('controlling');
		fire('controlling', false);
		expect(reload).not.toHaveBeenCalled();
	});

	it('accepted in another tab: offers it here, and taking it reloads at once', () => {
		const { wb, fire } = fakeWorkbox();
		const offer = vi.fn();
		const reload = vi.fn();
		const watch = new UpdateWatch(wb, offer, reload);
		fire('controlling');
		expect(offer).toHaveBeenCalledOnce();
		watch.apply();
		// Nothing is waiting any more, so nothing to message: the reload shows the new version.
		expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
		expect(reload).toHaveBeenCalledOnce();
	});

	it('says whether the worker registered', async () => {
		const { wb } = fakeWorkbox();
		const watch = new UpdateWatch(
			wb,
			() => undefined,
			() => undefined
		);
		expect(await watch.register()).toBe(true);
		wb.register.mockRejectedValueOnce(new Error('refused'));
		expect(await watch.register()).toBe(false);
	});
});

describe('switchLanguage', () => {
	it('registers the other language’s worker and lets it take over once it waits', async () => {
		const { wb, fire } = fakeWorkbox();
		const make = vi.fn(() => wb);
		await switchLanguage('/service-worker.js?lang=es', make);
		expect(make).toHaveBeenCalledWith('/service-worker.js?lang=es');
		expect(wb.register).toHaveBeenCalledOnce();
		expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
		fire('waiting');
		expect(wb.messageSkipWaiting).toHaveBeenCalledOnce();
	});
});
