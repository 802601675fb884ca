// How a timer reaches someone who has put the phone down: notification permission, the device
// check, and calendar alarms for the running session.
import { browser } from '$app/environment';
import { createSubscriber } from 'svelte/reactivity';
import {
	adviseDevice,
	type CapabilityAdvice,
	type DeviceReport,
	type NotificationState
} from '$lib/core/device-advice';
import { ICS_MIME, phaseEnds, reminderIcs, sessionIcs } from '$lib/core/ics';
import type { Lang } from '$lib/core/lang';
import type { Timeline } from '$lib/core/model';
import { fail, ok, type Result } from '$lib/core/result';
import { slug } from '$lib/core/words';
import { deviceReport } from '$lib/platform/device';
import { downloadFile } from '$lib/platform/download';
import { notificationPermission, requestNotificationPermission } from '$lib/platform/notifications';
import { phaseEndWords } from './alarm-words';

/**
 * Why there is no calendar file: the timer is paused (no fixed end times), or the browser would
 * not save it. The component says it in the page's language (messages/reminders).
 */
export type NoAlarms = 'paused' | 'no-file';

/** @internal Exported for its test; the app uses the one instance below. */
export class Alerts {
	report = $state.raw<DeviceReport | null>(null);
	advice: CapabilityAdvice[] = $derived(this.report ? adviseDevice(this.report) : []);
	#permission = $state<NotificationState | null>(null);
	#started = $state(false);

	/**
	 * While something shows the permission, follows changes the person makes in the browser's or
	 * the phone's settings and comes back from; one made while nothing showed it is read on return.
	 */
	#follow = createSubscriber(() => {
		const read = () => (this.#permission = notificationPermission());
		read();
		const onVisible = () => {
			if (document.visibilityState === 'visible') read();
		};
		document.addEventListener('visibilitychange', onVisible);
		let status: PermissionStatus | null = null;
		let stopped = false;
		navigator.permissions
			?.query({ name: 'notifications' })
			.then((answer) => {
				if (stopped) return;
				status = answer;
				status.addEventListener('change', read);
			})
			.catch(() => {
				// Safari before 16 knows no 'notifications' permission name; visibility covers it.
			});
		return () => {
			stopped = true;
			document.removeEventListener('visibilitychange', onVisible);
			status?.removeEventListener('change', read);
		};
	});

	/** Null until read in the browser, so a prerendered page claims nothing about this device. */
	get permission(): NotificationState | null {
		if (this.#started) this.#follow();
		return this.#permission;
	}

	/** Reads the permission now, and again whenever it may have changed outside Limber. */
	start(): void {
		if (!browser) return;
		this.#permission = notificationPermission();
		this.#started = true;
	}

	/** Call from a tap only: a prompt without one is ignored, or blocked for good. */
	async allowNotifications(): Promise<NotificationState> {
		const permission = await requestNotificationPermission();
		this.#permission = permission;
		if (this.report) this.report = { ...this.report, notifications: permission };
		return permission;
	}

	async checkDevice(): Promise<void> {
		const report = await deviceReport();
		this.report = report;
		this.#permission = report.notifications;
	}

	/**
	 * Downloads a calendar file with an alarm at every phase end still ahead of this run, its
	 * words in `lang` (the page's). Only a running session has fixed end times; after a pause or
	 * a skip a new file replaces the old. Resolves to how many alarms the file holds, or why there
	 * is no file.
	 */
	downloadAlarms(timeline: Timeline, lang: Lang): Result<number, NoAlarms> {
		const now = Date.now();
		const text = sessionIcs(timeline, now, timeline.plan.title, (end) =>
			phaseEndWords(lang, timeline, end)
		);
		if (text === null) return fail('paused');
		const name = `limber-${slug(timeline.plan.title, 'timer')}-alarms.ics`;
		if (!downloadFile(name, ICS_MIME, text)) return fail('no-file');
		return ok(phaseEnds(timeline, now).length);
	}

	/**
	 * Downloads a calendar file with one alarm `afterMs` from now, saying `label` (already in the
	 * page's language); the alarm's time, or why there is no file.
	 */
	downloadReminder(input: {
		title: string;
		label: string;
		afterMs: number;
		sessionId: string;
	}): Result<number, 'no-file'> {
		const now = Date.now();
		const at = now + input.afterMs;
		const text = reminderIcs({
			title: input.title,
			label: input.label,
			at,
			uid: input.sessionId,
			now
		});
		const name = `limber-${slug(input.title, 'timer')}-reminder.ics`;
		if (!downloadFile(name, ICS_MIME, text)) return fail('no-file');
		return ok(at);
	}
}

export const alerts = new Alerts();
