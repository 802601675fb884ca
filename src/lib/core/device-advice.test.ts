// Device guesses from user agents, and the advice each capability gets on each platform.
import { describe, expect, it } from 'vitest';
import {
	adviseDevice,
	guessDevice,
	type CapabilityAdvice,
	type CapabilityId,
	type DeviceReport
} from './device-advice';

const UA = {
	iphoneSafari:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
	iphoneChrome:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
	iphoneFirefox:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
	ipadAsMac:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
	androidChrome:
		'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
	androidSamsung:
		'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
	androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
	windowsEdge:
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
	linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
	linuxChromium:
		'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
};

describe('guessDevice', () => {
	it.each([
		['iphoneSafari', 0, 'ios', 'safari', 17.4],
		['iphoneChrome', 5, 'ios', 'chrome', 16.3],
		['iphoneFirefox', 5, 'ios', 'firefox', 18.2],
		['ipadAsMac', 5, 'ios', 'safari', 18.1],
		['ipadAsMac', 0, 'desktop', 'safari', null],
		['androidChrome', 5, 'android', 'chrome', null],
		['androidSamsung', 5, 'android', 'other', null],
		['androidFirefox', 5, 'android', 'firefox', null],
		['windowsEdge', 0, 'desktop', 'other', null],
		['linuxFirefox', 0, 'desktop', 'firefox', null],
		['linuxChromium', 0, 'desktop', 'chrome', null]
	] as const)('%s (touch points %d) is %s / %s', (key, touch, platform, browser, iosVersion) => {
		expect(guessDevice(UA[key], touch)).toEqual({ platform, browser, iosVersion });
	});

	it('falls back to desktop / other for an unknown agent', () => {
		expect(guessDevice('')).toEqual({ platform: 'desktop', browser: 'other', iosVersion: null });
	});
});

/** A device where everything works, to change one thing at a time. */
const good: DeviceReport = {
	platform: 'android',
	browser: 'chrome',
	iosVersion: null,
	installed: true,
	wakeLock: true,
	notifications: 'granted',
	vibration: true,
	audio: 'running',
	speech: true,
	voices: 3,
	voiceLangs: ['en-GB', 'es-ES'],
	persisted: true,
	storage: { usage: 1000, quota: 1_000_000 }
};

const advise = (over: Partial<DeviceReport>, lang = 'en'): Record<CapabilityId, CapabilityAdvice> =>
	Object.fromEntries(adviseDevice({ ...good, ...over }, lang).map((a) => [a.id, a])) as Record<
		CapabilityId,
		CapabilityAdvice
	>;

describe('adviseDevice', () => {
	it('lists every capability once, in a fixed order, each with its advice', () => {
		const all = adviseDevice(good);
		expect(all.map((a) => a.id)).toEqual([
			'install',
			'notifications',
			'wake-lock',
			'audio',
			'speech',
			'vibration',
			'storage'
		]);
		for (const a of all) expect(a.advice.startsWith(a.id)).toBe(true);
	});

	it('says all is well on an installed Android phone with everything allowed', () => {
		expect(adviseDevice(good).every((a) => a.status === 'ok')).toBe(true);
	});

	it('tells iPhone users that notifications need the Home Screen', () => {
		const a = advise({
			platform: 'ios',
			browser: 'safari',
			iosVersion: 17.4,
			installed: false,
			notifications: 'unsupported',
			vibration: false
		});
		expect(a.notifications.status).toBe('unavailable');
		expect(a.notifications.advice).toBe('notifications-ios-not-installed');
		expect(a.install).toMatchObject({ status: 'limited' });
		expect(a.install.advice).toBe('install-ios-share');
		expect(a.vibration.advice).toBe('vibration-ios');
	});

	it('tells users of an old iOS to update rather than install', () => {
		const a = advise({
			platform: 'ios',
			browser: 'chrome',
			iosVersion: 16.3,
			installed: false,
			notifications: 'unsupported'
		});
		expect(a.notifications.advice).toBe('notifications-ios-old');
		expect(a.install.advice).toBe('install-ios-safari');
	});

	it('warns that granted notifications on iOS stop once the screen locks', () => {
		const a = advise({ platform: 'ios', browser: 'safari', iosVersion: 18.4 });
		expect(a.notifications.status).toBe('limited');
		expect(a.notifications.advice).toBe('notifications-ios-granted');
		expect(a['wake-lock'].status).toBe('ok');
	});

	it('flags the Home Screen wake lock of iOS before 18.4', () => {
		const a = advise({ platform: 'ios', browser: 'safari', iosVersion: 17.5 });
		expect(a['wake-lock'].status).toBe('limited');
		expect(
			advise({ platform: 'ios', iosVersion: 17.5, installed: false })['wake-lock'].status
		).toBe('ok');
	});

	it('asks Android Chrome users to install and allow notifications', () => {
		const a = advise({ installed: false, notifications: 'default' });
		expect(a.notifications.status).toBe('limited');
		expect(a.notifications.advice).toBe('notifications-install-allow');
		expect(a.install.status).toBe('limited');
	});

	it('points to where blocked notifications can be allowed again', () => {
		expect(advise({ notifications: 'denied' }).notifications).toMatchObject({
			status: 'unavailable',
			advice: 'notifications-denied-app'
		});
		expect(advise({ platform: 'ios', notifications: 'denied' }).notifications.advice).toBe(
			'notifications-denied-ios'
		);
		expect(
			advise({ platform: 'desktop', installed: false, notifications: 'denied' }).notifications
				.advice
		).toBe('notifications-denied-site');
	});

	it('says Firefox on desktop cannot install, but works in a tab', () => {
		const a = advise({ platform: 'desktop', browser: 'firefox', installed: false });
		expect(a.install.status).toBe('unavailable');
		expect(a.install.advice).toBe('install-firefox');
	});

	it('suggests the screen or calendar alarms without a wake lock', () => {
		expect(advise({ wakeLock: false })['wake-lock']).toEqual({
			id: 'wake-lock',
			status: 'unavailable',
			advice: 'wake-lock-none'
		});
	});

	it('explains a suspended or missing audio output', () => {
		expect(advise({ audio: 'suspended' }).audio.status).toBe('limited');
		expect(advise({ audio: 'suspended', platform: 'ios' }).audio.advice).toBe(
			'audio-suspended-ios'
		);
		expect(advise({ audio: 'unsupported' }).audio.status).toBe('unavailable');
	});

	it('does not promise vibration on a computer, even where the API exists', () => {
		expect(advise({ platform: 'desktop', vibration: true }).vibration.status).toBe('unavailable');
		expect(advise({ vibration: false }).vibration.status).toBe('unavailable');
	});

	it('tells speech without voices from no speech at all', () => {
		expect(advise({ voices: 0 }).speech.status).toBe('limited');
		expect(advise({ speech: false, voices: 0 }).speech.status).toBe('unavailable');
	});

	it('says where no voice speaks the language the app speaks, working offline', () => {
		expect(advise({}, 'es').speech).toMatchObject({ status: 'ok', advice: 'speech-ok' });
		expect(advise({}, 'de').speech).toMatchObject({
			status: 'limited',
			advice: 'speech-no-voice-for-language'
		});
		expect(advise({ voiceLangs: ['de_DE'] }, 'de').speech.status).toBe('ok');
	});

	it("warns about WebKit's seven-day clean-up when not installed", () => {
		const ios = advise({ platform: 'ios', browser: 'safari', installed: false, persisted: false });
		expect(ios.storage).toMatchObject({ status: 'limited' });
		expect(ios.storage.advice).toBe('storage-ios');
		const mac = advise({
			platform: 'desktop',
			browser: 'safari',
			installed: false,
			persisted: null
		});
		expect(mac.storage.advice).toBe('storage-mac');
		expect(advise({ persisted: false }).storage.advice).toBe('storage-may-clear');
	});
});
