// How a timer reaches someone who has put the phone down: notification permission, the device
// check, and calendar alarms for the running session.
import { browser } from '$app/environment';
import {
	adviseDevice,
	type CapabilityAdvice,
	type DeviceReport,
	type NotificationState
} from '$lib/core/device-advice';
import { ICS_MIME, phaseEnds, reminderIcs, sessionIcs } from '$lib/core/ics';
import type { Timeline } from '$lib/core/model';
import { deviceReport } from '$lib/platform/device';
import { downloadFile } from '$lib/platform/download';
import { notificationPermission, requestNotificationPermission } from '$lib/platform/notifications';

export type AlarmsOutcome = { ok: true; count: number } | { ok: false; message: string };

class Alerts {
	/** Null until read in the browser, so a prerendered page claims nothing about this device. */
	permission = $state<NotificationState | null>(null);
	report = $state.raw<DeviceReport | null>(null);
	advice: CapabilityAdvice[] = $derived(this.report ? adviseDevice(this.report) : []);
	#started = false;

	/** Reads the permission now and again whenever it may have changed outside Limber. */
	start(): void {
		if (!browser) return;
		this.permission = notificationPermission();
		if (this.#started) return;
		this.#started = true;
		// The person may change it in the browser's or the phone's settings and come back.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') this.permission = notificationPermission();
		});
		navigator.permissions
			?.query({ name: 'notifications' })
			.then((status) => {
				status.addEventListener('change', () => (this.permission = notificationPermission()));
			})
			.catch(() => {
				// Safari before 16 knows no 'notifications' permission name; visibility covers it.
			});
	}

	/** Call from a tap only: a prompt without one is ignored, or blocked for good. */
	async allowNotifications(): Promise<NotificationState> {
		const permission = await requestNotificationPermission();
		this.permission = permission;
		if (this.report) this.report = { ...this.report, notifications: permission };
		return permission;
	}

	async checkDevice(): Promise<void> {
		const report = await deviceReport();
		this.report = report;
		this.permission = report.notifications;
	}

	/**
	 * Downloads a calendar file with an alarm at every phase end still ahead of this run. Only a
	 * running session has fixed end times; after a pause or a skip a new file replaces the old.
	 */
	downloadAlarms(timeline: Timeline): AlarmsOutcome {
		const now = Date.now();
		const text = sessionIcs(timeline, now);
		if (text === null)
			return {
				ok: false,
				message: 'A paused timer has no fixed end times. Resume it, then add the alarms.'
			};
		const name = `limber-${slug(timeline.plan.title)}-alarms.ics`;
		if (!downloadFile(name, ICS_MIME, text))
			return { ok: false, message: 'This browser could not save the calendar file.' };
		return { ok: true, count: phaseEnds(timeline, now).length };
	}

	/** Downloads a calendar file with one alarm `afterMs` from now; the alarm's time, or a message. */
	downloadReminder(input: {
		title: string;
		label: string;
		afterMs: number;
		sessionId: string;
	}): { ok: true; at: number } | { ok: false; message: string } {
		const now = Date.now();
		const at = now + input.afterMs;
		const text = reminderIcs({
			title: input.title,
			label: input.label,
			at,
			uid: input.sessionId,
			now
		});
		const name = `limber-${slug(input.title)}-reminder.ics`;
		if (!downloadFile(name, ICS_MIME, text))
			return { ok: false, message: 'This browser could not save the calendar file.' };
		return { ok: true, at };
	}
}

function slug(title: string): string {
	return (
		title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'timer'
	);
}

export const alerts = new Alerts();
