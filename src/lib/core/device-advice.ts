// What this phone or browser can do for Limber's alerts, and one calm line of advice per gap, as a
// code the device check says in words. Pure: the platform layer gathers the DeviceReport, this
// module only reads it.

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
	/** The languages the voices speak (primary subtags: "en", "es"), those that work offline. */
	voiceLangs: readonly string[];
	/** Whether storage is protected from eviction; null when the browser cannot say. */
	persisted: boolean | null;
	/** Bytes used and available to Limber; null when the browser cannot say. */
	storage: { usage: number; quota: number } | null;
}

export type CapabilityId =
	'install' | 'notifications' | 'wake-lock' | 'audio' | 'speech' | 'vibration' | 'storage';

export type CapabilityStatus = 'ok' | 'limited' | 'unavailable';

/** One calm sentence for each case: what works, or what to do about it. */
export type AdviceCode =
	| 'install-ok'
	| 'install-ios-share'
	| 'install-ios-safari'
	| 'install-android'
	| 'install-chrome'
	| 'install-safari'
	| 'install-firefox'
	| 'install-other'
	| 'notifications-ios-old'
	| 'notifications-ios-not-installed'
	| 'notifications-unsupported'
	| 'notifications-denied-ios'
	| 'notifications-denied-app'
	| 'notifications-denied-site'
	| 'notifications-install-allow'
	| 'notifications-allow'
	| 'notifications-ios-granted'
	| 'notifications-ok'
	| 'wake-lock-none'
	| 'wake-lock-ios-old'
	| 'wake-lock-ok'
	| 'audio-ok'
	| 'audio-ok-ios'
	| 'audio-suspended'
	| 'audio-suspended-ios'
	| 'audio-unsupported'
	| 'speech-unsupported'
	| 'speech-no-voices'
	| 'speech-no-voice-for-language'
	| 'speech-ok'
	| 'vibration-desktop'
	| 'vibration-ok'
	| 'vibration-ios'
	| 'vibration-unsupported'
	| 'storage-ok'
	| 'storage-ios'
	| 'storage-mac'
	| 'storage-may-clear';

export interface CapabilityAdvice {
	id: CapabilityId;
	status: CapabilityStatus;
	advice: AdviceCode;
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

type Advice = Omit<CapabilityAdvice, 'id'>;
const ok = (advice: AdviceCode): Advice => ({ status: 'ok', advice });
const limited = (advice: AdviceCode): Advice => ({ status: 'limited', advice });
const unavailable = (advice: AdviceCode): Advice => ({ status: 'unavailable', advice });

function install(r: DeviceReport): Advice {
	if (r.installed) return ok('install-ok');
	if (r.platform === 'ios') {
		if (r.browser === 'safari' || !olderThan(r, IOS_NOTIFICATIONS))
			return limited('install-ios-share');
		return limited('install-ios-safari');
	}
	if (r.platform === 'android') return limited('install-android');
	switch (r.browser) {
		case 'chrome':
			return limited('install-chrome');
		case 'safari':
			return limited('install-safari');
		case 'firefox':
			return unavailable('install-firefox');
		default:
			return limited('install-other');
	}
}

function notifications(r: DeviceReport): Advice {
	switch (r.notifications) {
		case 'unsupported':
			if (r.platform === 'ios' && olderThan(r, IOS_NOTIFICATIONS))
				return unavailable('notifications-ios-old');
			if (r.platform === 'ios' && !r.installed)
				return unavailable('notifications-ios-not-installed');
			return unavailable('notifications-unsupported');
		case 'denied':
			return unavailable(
				r.platform === 'ios'
					? 'notifications-denied-ios'
					: r.installed && r.platform === 'android'
						? 'notifications-denied-app'
						: 'notifications-denied-site'
			);
		case 'default':
			if (r.platform === 'android' && !r.installed) return limited('notifications-install-allow');
			return limited('notifications-allow');
		case 'granted':
			// iOS suspends a web app soon after the screen locks, and Limber has no server to push
			// from, so a notification can only be shown while the app is still running.
			if (r.platform === 'ios') return limited('notifications-ios-granted');
			return ok('notifications-ok');
	}
}

function wakeLock(r: DeviceReport): Advice {
	if (!r.wakeLock) return unavailable('wake-lock-none');
	if (r.platform === 'ios' && r.installed && olderThan(r, IOS_STANDALONE_WAKE_LOCK))
		return limited('wake-lock-ios-old');
	return ok('wake-lock-ok');
}

function audio(r: DeviceReport): Advice {
	// On iPhone, Web Audio follows the ring/silent switch.
	const ios = r.platform === 'ios';
	switch (r.audio) {
		case 'running':
			return ok(ios ? 'audio-ok-ios' : 'audio-ok');
		case 'suspended':
			return limited(ios ? 'audio-suspended-ios' : 'audio-suspended');
		case 'unsupported':
			return unavailable('audio-unsupported');
	}
}

/** Primary subtag of a language tag: "es-MX" → "es". */
const primary = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

function speech(r: DeviceReport, lang: string): Advice {
	if (!r.speech) return unavailable('speech-unsupported');
	if (r.voices === 0) return limited('speech-no-voices');
	// No voice speaks the page's language: the cues chime instead, never in another language.
	if (!r.voiceLangs.some((tag) => primary(tag) === primary(lang)))
		return limited('speech-no-voice-for-language');
	return ok('speech-ok');
}

function vibration(r: DeviceReport): Advice {
	// Desktop Chrome has navigator.vibrate but nothing to shake, so the platform decides first.
	if (r.platform === 'desktop') return unavailable('vibration-desktop');
	if (r.vibration) return ok('vibration-ok');
	return unavailable(r.platform === 'ios' ? 'vibration-ios' : 'vibration-unsupported');
}

function storage(r: DeviceReport): Advice {
	if (r.persisted === true) return ok('storage-ok');
	// WebKit deletes a site's storage after seven days without a visit, unless it is installed.
	if ((r.platform === 'ios' || r.browser === 'safari') && !r.installed)
		return limited(r.platform === 'ios' ? 'storage-ios' : 'storage-mac');
	return limited('storage-may-clear');
}

const CAPABILITIES: readonly [CapabilityId, (r: DeviceReport, lang: string) => Advice][] = [
	['install', install],
	['notifications', notifications],
	['wake-lock', wakeLock],
	['audio', audio],
	['speech', speech],
	['vibration', vibration],
	['storage', storage]
];

/**
 * Advice for every capability, in the order a device-check screen should list them; spoken cues
 * are checked for `lang`, the language the app speaks.
 */
export function adviseDevice(report: DeviceReport, lang = 'en'): CapabilityAdvice[] {
	return CAPABILITIES.map(([id, advise]) => ({ id, ...advise(report, lang) }));
}
