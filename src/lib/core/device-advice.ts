// What this phone or browser can do for Limber's alerts, and one calm line of advice per gap.
// Pure: the platform layer gathers the DeviceReport, this module only reads it.

export type DevicePlatform = 'ios' | 'android' | 'desktop';
export type DeviceBrowser = 'safari' | 'chrome' | 'firefox' | 'other';
export type NotificationState = 'granted' | 'denied' | 'default' | 'unsupported';
export type AudioState = 'running' | 'suspended' | 'unsupported';

export interface DeviceGuess {
	platform: DevicePlatform;
	browser: DeviceBrowser;
	/** iOS / iPadOS version as major + minor / 10 (16.4 → 16.4); null elsewhere or when unknown. */
	iosVersion: number | null;
}

/** A snapshot of the capabilities that decide whether a timer can reach a user who put the phone down. */
export interface DeviceReport extends DeviceGuess {
	/** Running as an installed app (Home Screen, app drawer, dock), not in a browser tab. */
	installed: boolean;
	wakeLock: boolean;
	notifications: NotificationState;
	vibration: boolean;
	audio: AudioState;
	speech: boolean;
	/** Speech voices found; 0 with speech supported means nothing can actually be spoken. */
	voices: number;
	/** Whether storage is protected from eviction; null when the browser cannot say. */
	persisted: boolean | null;
	/** Bytes used and available to Limber; null when the browser cannot say. */
	storage: { usage: number; quota: number } | null;
}

export type CapabilityId =
	'install' | 'notifications' | 'wake-lock' | 'audio' | 'speech' | 'vibration' | 'storage';

export type CapabilityStatus = 'ok' | 'limited' | 'unavailable';

export interface CapabilityAdvice {
	id: CapabilityId;
	label: string;
	status: CapabilityStatus;
	/** One calm sentence: what works, or what to do about it. */
	advice: string;
}

/**
 * Guesses platform and browser from the user agent. iPadOS 13+ claims to be a Mac, so a Mac
 * with a touch screen is taken for an iPad. Every iOS browser is WebKit underneath, but which
 * app it is still changes where "Add to Home Screen" lives, so CriOS and FxiOS are told apart.
 */
export function guessDevice(userAgent: string, maxTouchPoints = 0): DeviceGuess {
	const ua = userAgent;
	const ipadAsMac = /Macintosh/.test(ua) && maxTouchPoints > 1;
	const ios = /iPhone|iPad|iPod/.test(ua) || ipadAsMac;
	const platform: DevicePlatform = ios ? 'ios' : /Android/.test(ua) ? 'android' : 'desktop';

	let browser: DeviceBrowser;
	if (/FxiOS|Firefox\//.test(ua)) browser = 'firefox';
	// Chromium-based browsers other than Chrome install and notify differently, so they are 'other'.
	else if (/Edg(?:e|A|iOS)?\/|OPR\/|OPiOS|SamsungBrowser|YaBrowser|Vivaldi/.test(ua))
		browser = 'other';
	else if (/CriOS|Chrome\/|Chromium\//.test(ua)) browser = 'chrome';
	else if (/Safari\//.test(ua) && /Version\//.test(ua)) browser = 'safari';
	else browser = 'other';

	let iosVersion: number | null = null;
	if (ios) {
		const m = /OS (\d+)_(\d+)/.exec(ua) ?? (ipadAsMac ? /Version\/(\d+)\.(\d+)/.exec(ua) : null);
		if (m) iosVersion = Number(m[1]) + Math.min(Number(m[2]), 9) / 10;
	}
	return { platform, browser, iosVersion };
}

/** iOS 16.4 brought web notifications, and only to Home Screen apps. */
const IOS_NOTIFICATIONS = 16.4;
/** Before iOS 18.4 the wake lock was granted in Safari but did nothing in Home Screen apps. */
const IOS_STANDALONE_WAKE_LOCK = 18.4;

const olderThan = (r: DeviceReport, version: number) =>
	r.iosVersion !== null && r.iosVersion < version;

function install(r: DeviceReport): Omit<CapabilityAdvice, 'id' | 'label'> {
	if (r.installed) return { status: 'ok', advice: 'Limber is installed and opens like an app.' };
	const limited = (advice: string) => ({ status: 'limited' as const, advice });
	if (r.platform === 'ios') {
		if (r.browser === 'safari' || !olderThan(r, IOS_NOTIFICATIONS))
			return limited('Add Limber to the Home Screen: tap Share, then Add to Home Screen.');
		return limited('Open Limber in Safari, then tap Share and Add to Home Screen.');
	}
	if (r.platform === 'android')
		return limited('Install Limber from the browser menu (Install app or Add to Home screen).');
	switch (r.browser) {
		case 'chrome':
			return limited('Install Limber with the install button in the address bar.');
		case 'safari':
			return limited('In Safari, choose File, then Add to Dock (macOS Sonoma or later).');
		case 'firefox':
			return {
				status: 'unavailable',
				advice: 'Firefox does not install web apps on desktop; Limber works fully in a tab.'
			};
		default:
			return limited(
				"Install Limber from your browser's menu if it offers it, or keep a tab open."
			);
	}
}

function notifications(r: DeviceReport): Omit<CapabilityAdvice, 'id' | 'label'> {
	const calendar = 'keep Limber on screen, or add calendar alarms for long timers.';
	switch (r.notifications) {
		case 'unsupported':
			if (r.platform === 'ios' && olderThan(r, IOS_NOTIFICATIONS))
				return {
					status: 'unavailable',
					advice:
						'This iOS version cannot show web notifications; update to iOS 16.4+ or add calendar alarms.'
				};
			if (r.platform === 'ios' && !r.installed)
				return {
					status: 'unavailable',
					advice:
						'On iPhone and iPad, notifications only work once Limber is added to the Home Screen (iOS 16.4+).'
				};
			return {
				status: 'unavailable',
				advice: `This browser cannot show notifications; ${calendar}`
			};
		case 'denied': {
			const where =
				r.platform === 'ios'
					? 'in Settings, then Notifications, then Limber'
					: r.installed && r.platform === 'android'
						? "in Limber's app info"
						: "in this site's settings";
			return {
				status: 'unavailable',
				advice: `Notifications are blocked; allow them ${where}, so phase changes reach you.`
			};
		}
		case 'default':
			if (r.platform === 'android' && !r.installed)
				return {
					status: 'limited',
					advice:
						'Install Limber and allow notifications so phase changes reach you when the screen is off.'
				};
			return {
				status: 'limited',
				advice: 'Allow notifications so phase changes reach you when you look away.'
			};
		case 'granted':
			// iOS suspends a web app soon after the screen locks, and Limber has no server to push
			// from, so a notification can only be shown while the app is still running.
			if (r.platform === 'ios')
				return {
					status: 'limited',
					advice:
						'Notifications are on, but iOS pauses web apps when the screen locks; add calendar alarms for long timers.'
				};
			return { status: 'ok', advice: 'Phase changes will show as notifications.' };
	}
}

function wakeLock(r: DeviceReport): Omit<CapabilityAdvice, 'id' | 'label'> {
	if (!r.wakeLock)
		return {
			status: 'unavailable',
			advice: 'Keep the screen on while a timer runs, or use calendar alarms.'
		};
	if (r.platform === 'ios' && r.installed && olderThan(r, IOS_STANDALONE_WAKE_LOCK))
		return {
			status: 'limited',
			advice:
				'On this iOS the screen may still lock in the Home Screen app; set Auto-Lock to Never, or use calendar alarms.'
		};
	return { status: 'ok', advice: 'The screen stays on while a timer runs.' };
}

function audio(r: DeviceReport): Omit<CapabilityAdvice, 'id' | 'label'> {
	// On iPhone, Web Audio follows the ring/silent switch.
	const ios = r.platform === 'ios' ? ' They stay quiet while the phone is on silent.' : '';
	switch (r.audio) {
		case 'running':
			return { status: 'ok', advice: `Chimes are ready.${ios}` };
		case 'suspended':
			return { status: 'limited', advice: `Chimes start after your first tap in Limber.${ios}` };
		case 'unsupported':
			return {
				status: 'unavailable',
				advice: 'This browser cannot play chimes; spoken cues and the countdown still work.'
			};
	}
}

function speech(r: DeviceReport): Omit<CapabilityAdvice, 'id' | 'label'> {
	if (!r.speech)
		return {
			status: 'unavailable',
			advice: 'Spoken cues are not available here; chimes and the countdown still work.'
		};
	if (r.voices === 0)
		return {
			status: 'limited',
			advice: "No voice is installed yet; add a text-to-speech voice in your device's settings."
		};
	return { status: 'ok', advice: 'Spoken cues are ready.' };
}

function vibration(r: DeviceReport): Omit<CapabilityAdvice, 'id' | 'label'> {
	// Desktop Chrome has navigator.vibrate but nothing to shake, so the platform decides first.
	if (r.platform === 'desktop')
		return {
			status: 'unavailable',
			advice: 'No vibration on a computer; chimes carry the alerts.'
		};
	if (r.vibration) return { status: 'ok', advice: 'The phone buzzes at each phase change.' };
	return {
		status: 'unavailable',
		advice:
			r.platform === 'ios'
				? 'iPhones do not let web apps vibrate; chimes and notifications carry the alerts.'
				: 'This browser cannot vibrate; chimes and notifications carry the alerts.'
	};
}

function storage(r: DeviceReport): Omit<CapabilityAdvice, 'id' | 'label'> {
	if (r.persisted === true)
		return { status: 'ok', advice: 'Your history is kept safe from automatic clean-up.' };
	// WebKit deletes a site's storage after seven days without a visit, unless it is installed.
	if ((r.platform === 'ios' || r.browser === 'safari') && !r.installed) {
		const place = r.platform === 'ios' ? 'the Home Screen' : 'the Dock';
		return {
			status: 'limited',
			advice: `This browser may clear Limber's data after 7 days without a visit; add Limber to ${place} to keep it.`
		};
	}
	return {
		status: 'limited',
		advice:
			"The browser may clear Limber's data if space runs low; installing Limber and exporting now and then keeps it safe."
	};
}

const CAPABILITIES: readonly [
	CapabilityId,
	string,
	(r: DeviceReport) => Omit<CapabilityAdvice, 'id' | 'label'>
][] = [
	['install', 'Installed app', install],
	['notifications', 'Notifications', notifications],
	['wake-lock', 'Screen stays on', wakeLock],
	['audio', 'Chimes', audio],
	['speech', 'Spoken cues', speech],
	['vibration', 'Vibration', vibration],
	['storage', 'Saved data', storage]
];

/** Advice for every capability, in the order a device-check screen should list them. */
export function adviseDevice(report: DeviceReport): CapabilityAdvice[] {
	return CAPABILITIES.map(([id, label, advise]) => ({ id, label, ...advise(report) }));
}
