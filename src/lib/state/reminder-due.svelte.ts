// Today's "Due" mark and the app badge, while the daily reminder is on, its time has passed today
// and today's check-in is not saved yet. Loaded by Today only once something is saved on this
// device (with state/episode-probe.ts), so a first visit downloads none of it, and by Settings'
// reminder section (state/reminder.svelte.ts). The mark is a word already in the check-in's heading, shown
// by `data-check-in-due` on <html> (app.css), as display.svelte.ts shows flare mode: Today's
// first-visit code carries no more than the word.
import { browser } from '$app/environment';
import { localDay } from '$lib/core/days';
import { checkInDue } from '$lib/core/reminder';
import { setAppBadge } from '$lib/platform/badge';
import { notificationPermission } from '$lib/platform/notifications';
// Today's check-in is read from storage, not from state/journal: the journal starts episodes, whose
// probe starts this watch, and a module cannot be on both ends of that chain.
import { onDataChange } from '$lib/storage/broadcast';
import { get as journalEntry } from '$lib/storage/journal';
import { settings } from './settings.svelte';

/** How often to look again while the app stays open (the time may pass, the day may change). */
const LOOK_EVERY_MS = 60_000;

class ReminderDue {
	/** The instant the due state was worked out for. */
	now = $state(Date.now());
	/** The preferences have loaded (before that, "off" is only the default). */
	ready = $state(false);
	/** The day a saved check-in was last found for, and the day last looked at. */
	checkedIn = $state<string | null>(null);
	lookedAt = $state<string | null>(null);
	due: boolean = $derived(
		this.ready &&
			this.lookedAt === localDay(this.now) &&
			checkInDue(
				{ on: settings.prefs.reminder, time: settings.prefs.reminderTime },
				this.now,
				this.checkedIn === localDay(this.now)
			)
	);
	#started = false;
	#reading = 0;

	/** Starts watching, once; keeps the mark and the badge current from then on. */
	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		void settings.start().then(() => (this.ready = true));
		void this.#read();
		// These live for the page: the mark on <html> and the app badge show without a reader.
		onDataChange((change) => {
			const replaced = change.op === 'import' || change.op === 'clear';
			if (change.store === 'journal' || replaced) void this.#read();
		});
		setInterval(() => this.look(), LOOK_EVERY_MS);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') this.look();
		});
		$effect.root(() => {
			$effect(() => this.show());
		});
	}

	/** Works the due state out again for now; reads the check-in again on a new day. */
	look(): void {
		this.now = Date.now();
		if (this.lookedAt !== localDay(this.now)) void this.#read();
	}

	async #read(): Promise<void> {
		const day = localDay(Date.now());
		// A slow read must not overwrite a newer one that finished first.
		const ticket = ++this.#reading;
		const entry = await journalEntry(day);
		if (ticket !== this.#reading) return;
		this.checkedIn = entry ? day : null;
		this.lookedAt = day;
		this.now = Date.now();
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
