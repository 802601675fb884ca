// Reminders and alerts: the daily check-in reminder (Settings), notifications and calendar alarms
// on a timer, the alarm to go again later, and the words written into the calendar files
// (core/ics.ts). English gives the shape.
const en = {
	daily: {
		title: 'Daily check-in reminder',
		intro:
			'A calendar alarm once a day, at a time you choose, for a few taps on how your back is. It rings from your calendar, so it works with Limber closed and needs no connection.',
		toggle: 'Remind me each day',
		time: 'Time of day',
		timeHint: "On your phone's clock, and still after the clocks change.",
		add: 'Add to calendar',
		/** `event` is the event's title in the calendar (`event` below). */
		noAlarm: (event: string) =>
			`Open the file to add the event. Some calendar apps drop the alarm of an imported event: if “${event}” shows up without one, open it, choose Edit and add an alert at the time of the event.`,
		/** “Due” is Today's word for it (messages/today: checkIn.due). */
		due: 'While Limber is open, Today marks the check-in “Due” once the time has passed. Installed, and where notifications are allowed, its icon shows a badge until you check in.',
		/** Once turned off: and how to take the event out of the calendar, which Limber cannot reach. */
		off: (event: string) =>
			`Saved: the reminder is off. Limber cannot change your calendar. To stop the alarm, open “${event}” in your calendar, choose Delete, then “All events” (or “This and following”).`,
		/** `time` as this device writes times: "9:00 AM", "09:00". */
		on: (time: string) =>
			`Saved: the reminder is on, at ${time}. Add it to your calendar so that it rings with Limber closed.`,
		notATime: 'Choose a time of day, for example 09:00.',
		timeSaved: (time: string) =>
			`Saved: ${time}. If your calendar already has the reminder, add it again to move it there too.`,
		fileFromToday: (time: string) =>
			`Calendar file saved: an alarm at ${time} every day, from today. Open it to add it to your calendar.`,
		fileFromTomorrow: (time: string) =>
			`Calendar file saved: an alarm at ${time} every day, from tomorrow. Open it to add it to your calendar.`,
		/** Written into the calendar file, in the language it was made in. */
		event: 'Limber check-in',
		alarm: 'Limber check-in: a few taps on how your back is today',
		notes: 'Limber check-in: a few taps on how your back is today. Open Limber and tap Today.'
	},
	noFile: 'This browser could not save the calendar file.',
	/** On a running timer (components/timer/CalendarAlarms.svelte). */
	alarms: {
		title: 'Alerts with the phone down',
		why: 'A phone may pause Limber when the screen locks, and no browser can promise to wake it on time. Calendar alarms ring at each phase end even then.',
		add: 'Add alarms to calendar',
		/** `#` is the number of alarms. */
		saved: {
			one: 'Calendar file saved with # alarm. Open it to add them to your calendar. If you pause or skip, add them again.',
			other:
				'Calendar file saved with # alarms. Open it to add them to your calendar. If you pause or skip, add them again.'
		},
		paused: 'A paused timer has no fixed end times. Resume it, then add the alarms.'
	},
	/** Notification permission (components/timer/NotificationCard.svelte). */
	notifications: {
		title: 'Get a notification when a phase ends, even with Limber in the background',
		granted: 'Notifications are on for Limber.',
		denied:
			"Notifications are blocked for Limber. To get them, allow notifications for this site in the browser's settings (on a phone, in the site or app settings).",
		unsupported:
			'This browser cannot show notifications. Keep Limber on screen, or add alarms to your calendar once the timer runs.',
		off: 'Notifications are off. Limber only asks when you tap the button.',
		allow: 'Allow notifications',
		/** `{link}` is where the link to the device check stands. */
		honest:
			'A phone may pause a web page in the background or when the screen locks, and no browser can promise to wake it on time. For long timers, add the alarms to your calendar too. {link}',
		check: 'Will my phone alert me?'
	},
	/** After a timer worth repeating (components/timer/RepeatReminder.svelte). */
	again: {
		/** `#` is the number of hours. */
		button: { one: 'Remind me in # hour', other: 'Remind me in # hours' },
		saved: (time: string) =>
			`Calendar file saved with an alarm at ${time}. Open it to add the alarm to your calendar.`
	},
	/**
	 * What each alarm of a running timer says, in the calendar file: "Ice ends — take the pack
	 * off". `name` is the phase that ends, `action` what to do then (one of the phrases below).
	 */
	phaseEnd: {
		ends: (name: string, action: string) => `${name} ends — ${action}`,
		getReady: 'Get ready',
		/** After cold or heat: take it off the skin, whatever comes next. */
		takeOff: { ice: 'take the pack off', heat: 'take the heat off' },
		/** The same, on the last phase. */
		takeOffLast: {
			ice: 'take the pack off; session complete',
			heat: 'take the heat off; session complete'
		},
		/** What comes next, by its kind. */
		then: {
			ice: 'ice on',
			heat: 'heat on',
			'warm-up': 'let the skin warm up',
			relax: 'time to rest',
			walk: 'time for a gentle walk',
			rest: 'rest',
			'switch-sides': 'switch sides'
		},
		/** What comes next, by its name (a step of a routine). */
		next: (label: string) => `next: ${label}`,
		complete: 'session complete'
	}
};

export default en;
