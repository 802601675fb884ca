// Today's "Due" mark and the app badge, while the daily reminder is on, its time has passed today
// and today's check-in is not saved yet. Loaded by Today only once something is saved on this
// device (state/reminder-link.ts), so a first visit downloads none of it, and by Settings' reminder
// section (state/reminder.svelte.ts). The mark is a word already in the check-in's heading, shown
// by `data-check-in-due` on <html> (app.css), as display.svelte.ts shows flare mode: Today's
// first-visit code carries no more than the word.
import { browser } from '$app/environment';
import { localDay } from '$lib/core/days';
import { checkInDue } from '$lib/core/reminder';
import { setAppBadge } from '$lib/platform/badge';
import { notificationPermission } from '$lib/platform/notifications';
import { journal } from './journal.svelte';
import { settings } from './settings.svelte';

/** How often to look again while the app stays open (the time may pass, the day may change). */
const LOOK_EVERY_MS = 60_000;

class ReminderDue {
	/** The instant the due state was worked out for. */
	now = $state(Date.now());
	/** The preferences have loaded (before that, "off" is only the default). */
	ready = $state(false);
	due: boolean = $derived(
		this.ready &&
			journal.loaded &&
			checkInDue(
				{ on: settings.prefs.reminder, time: settings.prefs.reminderTime },
				this.now,
				journal.entry?.date === localDay(this.now)
			)
	);
	#started = false;

	/** Starts watching, once; keeps the mark and the badge current from then on. */
	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		journal.start();
		void settings.start().then(() => (this.ready = true));
		const look = () => (this.now = Date.now());
		setInterval(look, LOOK_EVERY_MS);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') look();
		});
		$effect.root(() => {
			$effect(() => this.show());
		});
	}

	/** Puts the due state on screen and on the icon (an effect runs it on every change). */
	show(): void {
		const due = this.due;
		document.documentElement.toggleAttribute('data-check-in-due', due);
		// A badge only where the person allowed notifications (Safari asks that of badges too);
		// clearing is always allowed, and leaves no stale mark on the icon.
		if (!due || notificationPermission() === 'granted') void setAppBadge(due);
	}
}

export const reminderDue = new ReminderDue();
