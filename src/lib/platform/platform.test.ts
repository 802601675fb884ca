// The platform wrappers with no browser at all (as during prerendering) and with small fakes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
	vi.useRealTimers();
});

describe('without a browser (SSR)', () => {
	beforeEach(() => {
		// Node 21+ has a navigator of its own; prerendering must cope with none at all.
		vi.stubGlobal('navigator', undefined);
	});

	it('imports every module and degrades to no-ops', async () => {
		const speech = await import('./speech');
		const chime = await import('./chime');
		const audio = await import('./audio');
		const vibrate = await import('./vibrate');
		const wake = await import('./wake-lock');
		const notifications = await import('./notifications');
		const download = await import('./download');
		const share = await import('./share');
		const device = await import('./device');
		const badge = await import('./badge');

		expect(speech.isSpeechSupported()).toBe(false);
		speech.speak('Ice on');
		speech.stopSpeaking();
		await expect(speech.listVoices()).resolves.toEqual([]);

		chime.chime('end');
		expect(audio.audioState()).toBe('unsupported');
		await expect(audio.unlockAudio()).resolves.toBe('unsupported');

		expect(vibrate.isVibrationSupported()).toBe(false);
		expect(vibrate.vibrate('phase')).toBe(false);

		expect(wake.isWakeLockSupported()).toBe(false);
		const lock = new wake.ScreenWakeLock();
		await expect(lock.acquire()).resolves.toBe(false);
		await lock.release();

		expect(notifications.notificationPermission()).toBe('unsupported');
		await expect(notifications.requestNotificationPermission()).resolves.toBe('unsupported');
		await expect(notifications.notify('Ice ends')).resolves.toBe(false);
		await notifications.clearNotifications('timer');

		expect(download.downloadFile('a.ics', 'text/calendar', 'x')).toBe(false);
		expect(badge.isBadgeSupported()).toBe(false);
		await expect(badge.setAppBadge(true)).resolves.toBe(false);
		await expect(badge.setAppBadge(false)).resolves.toBe(false);
		await expect(share.shareLink({ title: 'T', url: '/x' })).resolves.toBe('unsupported');

		await expect(device.deviceReport()).resolves.toEqual({
			platform: 'desktop',
			browser: 'other',
			iosVersion: null,
			installed: false,
			wakeLock: false,
			notifications: 'unsupported',
			vibration: false,
			audio: 'unsupported',
			speech: false,
			voices: 0,
			voiceLangs: [],
			persisted: null,
			storage: null
		});
	});
});

/** A document whose visibility the test controls. */
function fakeDocument() {
	const listeners = new Set<() => void>();
	const doc = {
		visibilityState: 'visible' as DocumentVisibilityState,
		addEventListener: (_: string, fn: () => void) => listeners.add(fn),
		removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
		setVisible(visible: boolean) {
			doc.visibilityState = visible ? 'visible' : 'hidden';
			for (const fn of listeners) fn();
		},
		listeners
	};
	return doc;
}

/** A wake lock whose sentinels the test can release, as the browser does when the page hides. */
function fakeWakeLock() {
	const sentinels: (EventTarget & { released: boolean; release(): Promise<void> })[] = [];
	const wakeLock = {
		request: vi.fn(async () => {
			const sentinel = Object.assign(new EventTarget(), {
				released: false,
				async release() {
					if (sentinel.released) return;
					sentinel.released = true;
					sentinel.dispatchEvent(new Event('release'));
				}
			});
			sentinels.push(sentinel);
			return sentinel;
		})
	};
	return { wakeLock, sentinels };
}

describe('ScreenWakeLock', () => {
	it('takes the lock again when the page becomes visible, and lets go on release', async () => {
		const doc = fakeDocument();
		const { wakeLock, sentinels } = fakeWakeLock();
		vi.stubGlobal('document', doc);
		vi.stubGlobal('navigator', { wakeLock });
		const { ScreenWakeLock } = await import('./wake-lock');
		const changes: boolean[] = [];
		const lock = new ScreenWakeLock((held) => changes.push(held));

		await expect(lock.acquire()).resolves.toBe(true);
		await expect(lock.acquire()).resolves.toBe(true);
		expect(wakeLock.request).toHaveBeenCalledTimes(1);
		expect(lock.held).toBe(true);

		// The browser releases the lock when the page is hidden...
		doc.setVisible(false);
		await sentinels[0]?.release();
		expect(lock.held).toBe(false);
		// ...and Limber takes it again on return.
		doc.setVisible(true);
		await vi.waitFor(() => expect(lock.held).toBe(true));
		expect(wakeLock.request).toHaveBeenCalledTimes(2);

		await lock.release();
		expect(lock.held).toBe(false);
		expect(sentinels[1]?.released).toBe(true);
		expect(doc.listeners.size).toBe(0);
		expect(changes).toEqual([true, false, true, false]);
	});

	it('releases a lock granted after the session already stopped', async () => {
		vi.stubGlobal('document', fakeDocument());
		const { wakeLock, sentinels } = fakeWakeLock();
		vi.stubGlobal('navigator', { wakeLock });
		const { ScreenWakeLock } = await import('./wake-lock');
		const lock = new ScreenWakeLock();
		const pending = lock.acquire();
		await lock.release();
		await expect(pending).resolves.toBe(false);
		expect(sentinels[0]?.released).toBe(true);
		expect(lock.held).toBe(false);
	});

	it('never throws when the request is refused', async () => {
		vi.stubGlobal('document', fakeDocument());
		vi.stubGlobal('navigator', {
			wakeLock: { request: () => Promise.reject(new Error('NotAllowedError')) }
		});
		const { ScreenWakeLock } = await import('./wake-lock');
		await expect(new ScreenWakeLock().acquire()).resolves.toBe(false);
	});
});

describe('shareLink', () => {
	const link = { title: 'Ice 20', text: 'My timer', url: 'https://limber.example/timers/ice-20' };

	it('uses the share sheet and reports a cancel as such', async () => {
		const abort = Object.assign(new Error('cancelled'), { name: 'AbortError' });
		const share = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(abort);
		const writeText = vi.fn();
		vi.stubGlobal('navigator', { share, clipboard: { writeText } });
		const { shareLink } = await import('./share');
		await expect(shareLink(link)).resolves.toBe('shared');
		await expect(shareLink(link)).resolves.toBe('cancelled');
		expect(writeText).not.toHaveBeenCalled();
	});

	it('copies the link when the share sheet is missing or fails', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		const { shareLink } = await import('./share');
		await expect(shareLink(link)).resolves.toBe('copied');
		expect(writeText).toHaveBeenCalledWith(link.url);

		const refused = Object.assign(new Error('no gesture'), { name: 'NotAllowedError' });
		vi.stubGlobal('navigator', {
			share: vi.fn().mockRejectedValue(refused),
			clipboard: { writeText }
		});
		await expect(shareLink(link)).resolves.toBe('copied');
	});

	it('is unsupported when the clipboard refuses too', async () => {
		vi.stubGlobal('navigator', {
			clipboard: { writeText: vi.fn().mockRejectedValue(new Error()) }
		});
		const { shareLink } = await import('./share');
		await expect(shareLink(link)).resolves.toBe('unsupported');
	});
});

describe('speech', () => {
	class Utterance {
		lang = '';
		rate = 1;
		voice: unknown = null;
		constructor(readonly text: string) {}
	}
	const voice = {
		voiceURI: 'v1',
		name: 'Calm',
		lang: 'en-GB',
		localService: true,
		default: false
	};

	function fakeSynth(voices: (typeof voice)[]) {
		const synth = Object.assign(new EventTarget(), {
			paused: false,
			voices,
			calls: [] as string[],
			getVoices: () => synth.voices,
			cancel: () => synth.calls.push('cancel'),
			resume: () => synth.calls.push('resume'),
			speak: (u: Utterance) => synth.calls.push(`speak ${u.text} ${u.lang} ${u.rate}`)
		});
		vi.stubGlobal('window', { speechSynthesis: synth });
		vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
		return synth;
	}

	it('cancels what is queued before speaking, with the chosen voice and a sane rate', async () => {
		const synth = fakeSynth([voice]);
		const { speak } = await import('./speech');
		expect(speak('Ice on', { voiceURI: 'v1', rate: 5 })).toBe(true);
		expect(speak('Ice off', { lang: 'en', rate: 0.9 })).toBe(true);
		expect(synth.calls).toEqual([
			'cancel',
			'speak Ice on en-GB 2',
			'cancel',
			'speak Ice off en-GB 0.9'
		]);
	});

	it('says nothing in a language no voice speaks, and leaves an empty list to the browser', async () => {
		const synth = fakeSynth([voice]);
		const { canSpeak, speak } = await import('./speech');
		expect(canSpeak('es')).toBe(false);
		expect(speak('Pon el hielo.', { lang: 'es' })).toBe(false);
		expect(synth.calls).toEqual([]);
		synth.voices = [];
		expect(canSpeak('de')).toBe(true);
		expect(speak('Halbzeit', { lang: 'de' })).toBe(true);
		expect(synth.calls).toEqual(['cancel', 'speak Halbzeit de 1']);
	});

	it('waits for voiceschanged when the list starts empty', async () => {
		const synth = fakeSynth([]);
		const { listVoices } = await import('./speech');
		const listed = listVoices();
		synth.voices = [voice];
		synth.dispatchEvent(new Event('voiceschanged'));
		await expect(listed).resolves.toEqual([voice]);
	});

	it('gives up waiting when no voices ever come', async () => {
		vi.useFakeTimers();
		fakeSynth([]);
		const { listVoices } = await import('./speech');
		const listed = listVoices();
		await vi.advanceTimersByTimeAsync(2000);
		await expect(listed).resolves.toEqual([]);
	});
});

describe('notify', () => {
	it('shows through the service worker, re-alerting for a repeated tag', async () => {
		const showNotification = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('window', { Notification: {} });
		vi.stubGlobal('Notification', { permission: 'granted' });
		vi.stubGlobal('navigator', {
			serviceWorker: { getRegistration: async () => ({ active: {}, showNotification }) }
		});
		const { notify } = await import('./notifications');
		await expect(
			notify('Ice ends', { body: 'Take the pack off', tag: 'timer', url: '/timers/ice-20' })
		).resolves.toBe(true);
		expect(showNotification).toHaveBeenCalledWith('Ice ends', {
			body: 'Take the pack off',
			tag: 'timer',
			icon: '/icons/icon-192.png',
			badge: '/icons/icon-192.png',
			data: { url: '/timers/ice-20' },
			renotify: true,
			requireInteraction: false
		});
	});

	it('shows nothing without permission', async () => {
		vi.stubGlobal('window', { Notification: {} });
		vi.stubGlobal('Notification', { permission: 'default' });
		const { notify, notificationPermission } = await import('./notifications');
		expect(notificationPermission()).toBe('default');
		await expect(notify('Ice ends')).resolves.toBe(false);
	});
});

describe('setAppBadge', () => {
	it('sets a plain mark and clears it where the Badging API is', async () => {
		const setAppBadge = vi.fn().mockResolvedValue(undefined);
		const clearAppBadge = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { setAppBadge, clearAppBadge });
		const badge = await import('./badge');
		expect(badge.isBadgeSupported()).toBe(true);
		await expect(badge.setAppBadge(true)).resolves.toBe(true);
		expect(setAppBadge).toHaveBeenCalledWith();
		await expect(badge.setAppBadge(false)).resolves.toBe(true);
		expect(clearAppBadge).toHaveBeenCalledOnce();
	});

	it('answers false, never throwing, when the browser refuses or lacks half of it', async () => {
		vi.stubGlobal('navigator', {
			setAppBadge: vi.fn().mockRejectedValue(new DOMException('not allowed', 'NotAllowedError')),
			clearAppBadge: vi.fn(() => {
				throw new TypeError('Illegal invocation');
			})
		});
		const badge = await import('./badge');
		await expect(badge.setAppBadge(true)).resolves.toBe(false);
		await expect(badge.setAppBadge(false)).resolves.toBe(false);

		vi.resetModules();
		vi.stubGlobal('navigator', { setAppBadge: vi.fn() });
		const half = await import('./badge');
		expect(half.isBadgeSupported()).toBe(false);
		await expect(half.setAppBadge(true)).resolves.toBe(false);
	});
});

describe('vibrate', () => {
	it('plays named patterns and reports a refusal', async () => {
		const vibrateFn = vi.fn().mockReturnValueOnce(true).mockReturnValueOnce(false);
		vi.stubGlobal('navigator', { vibrate: vibrateFn });
		const { vibrate, VIBRATION } = await import('./vibrate');
		expect(vibrate('phase')).toBe(true);
		expect(vibrateFn).toHaveBeenCalledWith([...VIBRATION.phase]);
		expect(vibrate(0)).toBe(false);
	});
});

describe('chime', () => {
	/** Just enough of an AudioContext to count the notes started and watch resume(). */
	function fakeAudio(initial: AudioContextState, resume: () => Promise<void>) {
		const started: number[] = [];
		const param = () => ({
			value: 0,
			setValueAtTime: vi.fn(),
			exponentialRampToValueAtTime: vi.fn((v: number) => expect(v).toBeGreaterThan(0))
		});
		const node = () => ({ connect: (n: unknown) => n, disconnect: vi.fn(), gain: param() });
		class Ctx {
			state = initial;
			currentTime = 0;
			sampleRate = 48000;
			destination = {};
			resume = vi.fn(async () => {
				await resume();
				this.state = 'running';
			});
			createGain = node;
			createOscillator = () => ({
				...node(),
				type: 'sine',
				frequency: param(),
				onended: null,
				start: (t: number) => started.push(t),
				stop: vi.fn()
			});
			createBuffer = () => ({});
			createBufferSource = () => ({ ...node(), buffer: null, start: vi.fn() });
		}
		vi.stubGlobal('window', {});
		vi.stubGlobal('AudioContext', Ctx);
		return started;
	}

	it('plays at once on a running context: a bell, a blip, two rising bells', async () => {
		const started = fakeAudio('running', async () => {});
		const { chime } = await import('./chime');
		const { audioState } = await import('./audio');
		expect(audioState()).toBe('suspended'); // nothing made yet: a tap is still needed
		chime('tick');
		expect(started).toHaveLength(1);
		chime('start');
		expect(started).toHaveLength(5);
		chime('end');
		expect(started).toHaveLength(13);
		expect(audioState()).toBe('running');
	});

	it('drops a chime that could only sound late, instead of playing it on the next tap', async () => {
		vi.useFakeTimers();
		let wake = () => {};
		const started = fakeAudio('suspended', () => new Promise<void>((r) => (wake = r)));
		const { chime } = await import('./chime');
		chime('start');
		await vi.advanceTimersByTimeAsync(5000);
		wake();
		await vi.advanceTimersByTimeAsync(0);
		expect(started).toHaveLength(0);
	});

	it('unlocks from a tap and reports the state', async () => {
		const started = fakeAudio('suspended', async () => {});
		const { unlockAudio } = await import('./audio');
		const { chime } = await import('./chime');
		await expect(unlockAudio()).resolves.toBe('running');
		chime('tick');
		expect(started).toHaveLength(1);
	});

	it('asks to resume within the tap itself, before anything is awaited', async () => {
		let asked = 0;
		fakeAudio('suspended', async () => void asked++);
		const { unlockAudio } = await import('./audio');
		const unlocking = unlockAudio();
		expect(asked).toBe(1);
		await expect(unlocking).resolves.toBe('running');
	});
});

describe('session channel', () => {
	it('carries a Stop from one tab to another, and nothing malformed', async () => {
		// Node has BroadcastChannel; two module instances stand for two tabs.
		const sender = await import('./session-channel');
		vi.resetModules();
		const receiver = await import('./session-channel');
		const heard: unknown[] = [];
		const stop = receiver.onSessionMessage((message) => heard.push(message));
		expect(sender.sendSessionMessage({ type: 'stop', id: 's1', at: 5 })).toBe(true);
		const raw = new BroadcastChannel('limber-session');
		raw.postMessage({ type: 'stop', id: 's2' });
		raw.postMessage('stop');
		await vi.waitFor(() => expect(heard).toEqual([{ type: 'stop', id: 's1', at: 5 }]));
		await new Promise((settle) => setTimeout(settle, 20));
		expect(heard).toHaveLength(1);
		stop();
		raw.close();
	});

	it('does nothing where the browser has no BroadcastChannel', async () => {
		vi.stubGlobal('BroadcastChannel', undefined);
		const channel = await import('./session-channel');
		expect(channel.sendSessionMessage({ type: 'stop', id: 's1', at: 5 })).toBe(false);
		expect(typeof channel.onSessionMessage(() => {})).toBe('function');
	});
});
