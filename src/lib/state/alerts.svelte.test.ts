// How a timer reaches someone who put the phone down: the notification permission, claimed only
// once read in the browser, asked for from a tap and followed while something shows it (changes
// made in the phone's settings included) and no longer once nothing does; the device check and
// its advice; and calendar files with an alarm for each phase end still ahead, or one reminder.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timeline, T0 } from '$lib/storage/testing';
import { cues } from '$lib/messages/cues';
import { reminders } from '$lib/messages/reminders';
import { Alerts } from './alerts.svelte';
import { captureDownloads, CountingTarget, settle, show } from './testing.svelte';

const MIN = 60_000;

await Promise.all(
	(['en', 'de'] as const).flatMap((lang) => [reminders.load(lang), cues.load(lang)])
);

/** The document: listened to for the page being shown again. */
class Page extends CountingTarget {
	visibilityState: DocumentVisibilityState = 'visible';
	/** The person leaves for the phone's settings and comes back. */
	leaveAndReturn(): void {
		this.visibilityState = 'hidden';
		this.fire('visibilitychange');
		this.visibilityState = 'visible';
		this.fire('visibilitychange');
	}
}

let page: Page;
/** The browser's permission status object, which says when the setting changes. */
let status: CountingTarget;
let permission: { value: NotificationPermission; answer: NotificationPermission };
let query: ReturnType<typeof vi.fn>;

beforeEach(() => {
	page = new Page();
	status = new CountingTarget();
	permission = { value: 'default', answer: 'granted' };
	query = vi.fn(async () => status);
	vi.stubGlobal('document', page);
	vi.stubGlobal('navigator', {
		userAgent: 'Mozilla/5.0 (Linux; Android 14)',
		permissions: { query }
	});
	vi.stubGlobal('window', { Notification: {} });
	vi.stubGlobal('Notification', {
		get permission() {
			return permission.value;
		},
		requestPermission: async () => (permission.value = permission.answer)
	});
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('Alerts: the notification permission', () => {
	it('claims nothing until read in the browser, and listens to nothing before', () => {
		const alerts = new Alerts();
		const card = show(() => alerts.permission);
		expect(card.seen).toEqual([null]);
		expect(page.listeners()).toBe(0);
		expect(query).not.toHaveBeenCalled();
		card.stop();
	});

	it('follows a change made in the phone’s settings while shown, and listens only then', async () => {
		const alerts = new Alerts();
		alerts.start();
		const card = show(() => alerts.permission);
		await settle();
		expect(page.listeners('visibilitychange')).toBe(1);
		expect(status.listeners('change')).toBe(1);

		// The browser says so at once where it can…
		permission.value = 'denied';
		status.fire('change');
		flushSync();
		// …and anywhere it is read again when the person comes back to Limber.
		permission.value = 'granted';
		page.leaveAndReturn();
		flushSync();
		expect(card.seen).toEqual(['default', 'denied', 'granted']);

		card.stop();
		await settle();
		expect(page.listeners()).toBe(0);
		expect(status.listeners()).toBe(0);
	});

	it('reads a change made while nothing showed it as soon as something does', async () => {
		const alerts = new Alerts();
		alerts.start();
		const first = show(() => alerts.permission);
		first.stop();
		await settle();
		permission.value = 'denied';
		const again = show(() => alerts.permission);
		expect(again.seen).toEqual(['denied']);
		again.stop();
	});

	it('follows the page alone where the browser has no permission status (Safari before 16)', async () => {
		query.mockRejectedValue(new TypeError('notifications is not a permission name'));
		const alerts = new Alerts();
		alerts.start();
		const card = show(() => alerts.permission);
		await settle();
		permission.value = 'granted';
		page.leaveAndReturn();
		flushSync();
		expect(card.seen).toEqual(['default', 'granted']);
		card.stop();
	});

	it('leaves no listener behind when taken off screen before the browser answers', async () => {
		let answer: (s: CountingTarget) => void = () => {};
		query.mockReturnValue(new Promise((resolve) => (answer = resolve)));
		const alerts = new Alerts();
		alerts.start();
		const card = show(() => alerts.permission);
		card.stop();
		await settle();
		answer(status);
		await settle();
		expect(status.listeners()).toBe(0);
		expect(page.listeners()).toBe(0);
	});

	it('asks the browser from a tap and shows its answer, in the device check too', async () => {
		const alerts = new Alerts();
		alerts.start();
		await alerts.checkDevice();
		expect(alerts.report?.notifications).toBe('default');
		expect(await alerts.allowNotifications()).toBe('granted');
		expect(alerts.permission).toBe('granted');
		expect(alerts.report?.notifications).toBe('granted');
	});

	it('says unsupported where the browser has no notifications', () => {
		vi.stubGlobal('window', {});
		const alerts = new Alerts();
		alerts.start();
		expect(alerts.permission).toBe('unsupported');
	});
});

describe('Alerts: the device check', () => {
	it('reports what this device can do, with advice for each, and the permission with it', async () => {
		permission.value = 'denied';
		const alerts = new Alerts();
		expect(alerts.advice).toEqual([]);
		await alerts.checkDevice();
		expect(alerts.report?.platform).toBe('android');
		expect(alerts.permission).toBe('denied');
		expect(alerts.advice.length).toBeGreaterThan(0);
		expect(alerts.advice.find((a) => a.id === 'notifications')?.status).toBe('unavailable');
	});
});

describe('Alerts: calendar files', () => {
	it('saves an alarm for each phase end still ahead of a running timer', async () => {
		vi.useFakeTimers({ now: T0 + 5 * MIN, toFake: ['Date'] });
		const files = captureDownloads(page);
		const said = new Alerts().downloadAlarms(timeline('t1'), 'en');
		// Ice ends 15 minutes from now, the warm-up 20 minutes after.
		expect(said).toEqual({ ok: true, value: 2 });
		expect(files[0]?.name).toBe('limber-ice-20-20-alarms.ics');
		const text = await files[0]!.blob.text();
		expect(text.match(/BEGIN:VALARM/g)).toHaveLength(2);
		expect(text).toContain('\r\nSUMMARY:Ice ends — take the pack off\r\n');
	});

	it('writes the alarms in the language of the page that makes the file', async () => {
		vi.useFakeTimers({ now: T0 + 5 * MIN, toFake: ['Date'] });
		const files = captureDownloads(page);
		expect(new Alerts().downloadAlarms(timeline('t1'), 'de')).toEqual({ ok: true, value: 2 });
		const text = await files[0]!.blob.text();
		expect(text).toContain('\r\nSUMMARY:Ende: Kühlen – Kühlpack abnehmen\r\n');
	});

	it('says why a paused timer has no file, and when the browser cannot save one', () => {
		vi.useFakeTimers({ now: T0 + 5 * MIN, toFake: ['Date'] });
		const alerts = new Alerts();
		const paused = timeline('t1', {
			events: [
				{ type: 'start', at: T0 },
				{ type: 'pause', at: T0 + MIN }
			]
		});
		expect(alerts.downloadAlarms(paused, 'en')).toEqual({ ok: false, error: 'paused' });
		// No document to download in.
		vi.stubGlobal('document', undefined);
		expect(alerts.downloadAlarms(timeline('t1'), 'en')).toEqual({ ok: false, error: 'no-file' });
	});

	it('saves one reminder alarm some time from now, and says when', async () => {
		vi.useFakeTimers({ now: T0, toFake: ['Date'] });
		const files = captureDownloads(page);
		const said = new Alerts().downloadReminder({
			title: 'Ice 20',
			label: 'Ice again if the spasm is back',
			afterMs: 120 * MIN,
			sessionId: 's1'
		});
		expect(said).toEqual({ ok: true, value: T0 + 120 * MIN });
		expect(files[0]?.name).toBe('limber-ice-20-reminder.ics');
		expect(await files[0]!.blob.text()).toContain('Ice again if the spasm is back');
	});
});
