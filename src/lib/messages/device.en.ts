// Settings for a session's cues (voice, chime, vibration, screen) and the device check: what this
// phone and browser can do to reach someone who put the phone down. English gives the shape.
const en = {
	cues: {
		title: 'Guidance and cues',
		toggles: {
			voice: { label: 'Spoken guidance', hint: 'Says each step aloud.' },
			chime: { label: 'Chime', hint: 'A soft chime at each new step and a count-in.' },
			vibration: { label: 'Vibration', hint: 'Where the phone supports it.' },
			wakeLock: { label: 'Keep the screen on', hint: 'While a session runs.' },
			askPain: { label: 'Ask about pain', hint: 'A 0–10 rating before and after.' }
		},
		voice: 'Voice',
		defaultVoice: "This device's default voice",
		/** A voice in the list: its name and language, and whether it needs the network. */
		voiceOption: (name: string, lang: string, online: boolean) =>
			`${name} (${lang})${online ? ' — needs a connection' : ''}`,
		noVoice:
			'No English voice is installed on this device, so Limber chimes instead of speaking. Add an English text-to-speech voice in your device’s settings.',
		rate: (rate: string) => `Speaking speed: ${rate}×`,
		tryVoice: 'Try the voice',
		sample: 'Breathe out slowly and let your back soften.'
	},
	check: {
		title: 'Will my phone alert me?',
		intro:
			'What this device and browser can do while a timer runs. A phone may pause a web page when the screen locks, and no browser can promise to wake it on time; for long timers, calendar alarms are the sure way.',
		status: { ok: 'Works', limited: 'Limited', unavailable: 'Not available' },
		checking: 'Checking this device…',
		allow: 'Allow notifications',
		allowed: 'Notifications are allowed.',
		notAllowed: "Notifications aren't allowed. The browser's site settings can change that.",
		again: 'Check again',
		checked: (works: number, total: number) => `Checked again. Works: ${works} of ${total}.`,
		labels: {
			install: 'Installed app',
			notifications: 'Notifications',
			'wake-lock': 'Screen stays on',
			audio: 'Chimes',
			speech: 'Spoken cues',
			vibration: 'Vibration',
			storage: 'Saved data'
		},
		advice: {
			'install-ok': 'Limber is installed and opens like an app.',
			'install-ios-share': 'Add Limber to the Home Screen: tap Share, then Add to Home Screen.',
			'install-ios-safari': 'Open Limber in Safari, then tap Share and Add to Home Screen.',
			'install-android':
				'Install Limber from the browser menu (Install app or Add to Home screen).',
			'install-chrome': 'Install Limber with the install button in the address bar.',
			'install-safari': 'In Safari, choose File, then Add to Dock (macOS Sonoma or later).',
			'install-firefox':
				'Firefox does not install web apps on desktop; Limber works fully in a tab.',
			'install-other':
				"Install Limber from your browser's menu if it offers it, or keep a tab open.",
			'notifications-ios-old':
				'This iOS version cannot show web notifications; update to iOS 16.4+ or add calendar alarms.',
			'notifications-ios-not-installed':
				'On iPhone and iPad, notifications only work once Limber is added to the Home Screen (iOS 16.4+).',
			'notifications-unsupported':
				'This browser cannot show notifications; keep Limber on screen, or add calendar alarms for long timers.',
			'notifications-denied-ios':
				'Notifications are blocked; allow them in Settings, then Notifications, then Limber, so phase changes reach you.',
			'notifications-denied-app':
				"Notifications are blocked; allow them in Limber's app info, so phase changes reach you.",
			'notifications-denied-site':
				"Notifications are blocked; allow them in this site's settings, so phase changes reach you.",
			'notifications-install-allow':
				'Install Limber and allow notifications so phase changes reach you when the screen is off.',
			'notifications-allow': 'Allow notifications so phase changes reach you when you look away.',
			'notifications-ios-granted':
				'Notifications are on, but iOS pauses web apps when the screen locks; add calendar alarms for long timers.',
			'notifications-ok': 'Phase changes will show as notifications.',
			'wake-lock-none': 'Keep the screen on while a timer runs, or use calendar alarms.',
			'wake-lock-ios-old':
				'On this iOS the screen may still lock in the Home Screen app; set Auto-Lock to Never, or use calendar alarms.',
			'wake-lock-ok': 'The screen stays on while a timer runs.',
			'audio-ok': 'Chimes are ready.',
			'audio-ok-ios': 'Chimes are ready. They stay quiet while the phone is on silent.',
			'audio-suspended': 'Chimes start after your first tap in Limber.',
			'audio-suspended-ios':
				'Chimes start after your first tap in Limber. They stay quiet while the phone is on silent.',
			'audio-unsupported':
				'This browser cannot play chimes; spoken cues and the countdown still work.',
			'speech-unsupported':
				'Spoken cues are not available here; chimes and the countdown still work.',
			'speech-no-voices':
				"No voice is installed yet; add a text-to-speech voice in your device's settings.",
			'speech-no-voice-for-language':
				"No English voice is installed, so Limber chimes instead of speaking; add an English text-to-speech voice in your device's settings.",
			'speech-ok': 'Spoken cues are ready.',
			'vibration-desktop': 'No vibration on a computer; chimes carry the alerts.',
			'vibration-ok': 'The phone buzzes at each phase change.',
			'vibration-ios':
				'iPhones do not let web apps vibrate; chimes and notifications carry the alerts.',
			'vibration-unsupported':
				'This browser cannot vibrate; chimes and notifications carry the alerts.',
			'storage-ok': 'Your history is kept safe from automatic clean-up.',
			'storage-ios':
				"This browser may clear Limber's data after 7 days without a visit; add Limber to the Home Screen to keep it.",
			'storage-mac':
				"This browser may clear Limber's data after 7 days without a visit; add Limber to the Dock to keep it.",
			'storage-may-clear':
				"The browser may clear Limber's data if space runs low; installing Limber and exporting now and then keeps it safe."
		}
	}
};

export default en;
