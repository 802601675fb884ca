// Today's reminder watch: Due (the attribute on <html>) and the app badge once the time passes,
// cleared by saving the check-in or turning the reminder off; no badge without permission.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshStorage } from '$lib/storage/testing';

vi.mock('$app/environment', () => ({ browser: true, building: false, dev: false, version: 't' }));

const savedTz = process.env.TZ;
process.env.TZ = 'Europe/London';
afterAll(() => {
	process.env.TZ = savedTz;
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** 2026-06-10 08:30 in London (BST). */
const MORNING = new Date(2026, 5, 10, 8, 30).getTime();
const MIN = 60_000;

const attribute = vi.fn();
const setAppBadge = vi.fn(async () => {});
const clearAppBadge = vi.fn(async () => {});
const permission = { value: 'granted' };

beforeAll(async () => {
	vi.useFakeTimers({ now: MORNING, toFake: ['Date', 'setInterval', 'clearInterval'] });
	vi.stubGlobal('document', {
		visibilityState: 'visible',
		documentElement: { toggleAttribute: attribute },
		addEventListener: () => {}
	});
	vi.stubGlobal('navigator', { setAppBadge, clearAppBadge });
	vi.stubGlobal('window', { Notification: {} });
	vi.stubGlobal('Notification', {
		get permission() {
			return permission.value;
		}
	});
	await freshStorage();
});

/** Whether <html> was last marked due. */
const due = () => attribute.mock.lastCall?.[1];
/**
 * Lets pending reads finish, then shows the state. Node runs Svelte's server build, where an
 * effect never runs, so the test calls what the watch's effect calls on every change.
 */
const settle = async () => {
	for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
	(await import('./reminder-due.svelte')).reminderDue.show();
};

describe('reminderDue', () => {
	it('marks the check-in due once the time passes, and the badge with it', async () => {
		const { settings } = await import('./settings.svelte');
		const { journal } = await import('./journal.svelte');
		const { reminderDue } = await import('./reminder-due.svelte');
		await settings.start();
		await settings.set('reminder', true);
		await settings.set('reminderTime', '09:00');

		reminderDue.start();
		await vi.waitFor(() => expect(reminderDue.ready && reminderDue.lookedAt !== null).toBe(true));
		await settle();
		expect(reminderDue.due).toBe(false);
		expect(due()).toBe(false);
		expect(setAppBadge).not.toHaveBeenCalled();

		// The watch looks again each minute: by 09:00 it is due.
		vi.advanceTimersByTime(30 * MIN);
		await settle();
		expect(reminderDue.due).toBe(true);
		expect(due()).toBe(true);
		expect(setAppBadge).toHaveBeenCalledOnce();

		// Saving today's check-in clears both.
		const saved = await journal.save({
			pain: 3,
			spasms: false,
			numbness: false,
			bladderBowel: false,
			severe: false,
			water: 2,
			note: ''
		});
		expect(saved.ok).toBe(true);
		await settle();
		expect(due()).toBe(false);
		expect(clearAppBadge).toHaveBeenCalled();

		// The next day starts afresh: not due before the time, due after, with no badge once
		// notifications are no longer allowed; turning the reminder off clears the mark.
		permission.value = 'denied';
		setAppBadge.mockClear();
		vi.advanceTimersByTime(24 * 60 * MIN);
		await settle();
		expect(due()).toBe(true);
		expect(setAppBadge).not.toHaveBeenCalled();
		await settings.set('reminder', false);
		await settle();
		expect(due()).toBe(false);
	});
});
