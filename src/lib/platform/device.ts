// Gathers what this device and browser can do, for the device-check screen and its advice.
import { guessDevice, type DeviceReport } from '$lib/core/device-advice';
import { audioState } from './audio';
import { notificationPermission } from './notifications';
import { isSpeechSupported, listVoices } from './speech';
import { isVibrationSupported } from './vibrate';
import { isWakeLockSupported } from './wake-lock';

/** Installed PWAs run without browser chrome; iOS Home Screen apps also say so on navigator. */
export function isInstalled(): boolean {
	if (typeof window === 'undefined') return false;
	const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
	try {
		return standalone || matchMedia('(display-mode: standalone)').matches;
	} catch {
		return standalone;
	}
}

async function storageFacts(): Promise<Pick<DeviceReport, 'persisted' | 'storage'>> {
	const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
	const [persisted, estimate] = await Promise.all([
		storage?.persisted?.().catch(() => null) ?? null,
		storage?.estimate?.().catch(() => null) ?? null
	]);
	return {
		persisted,
		storage:
			estimate?.usage !== undefined && estimate.quota !== undefined
				? { usage: estimate.usage, quota: estimate.quota }
				: null
	};
}

/** A snapshot of the device's capabilities; never throws, and answers sensibly during SSR. */
export async function deviceReport(): Promise<DeviceReport> {
	const browser = typeof navigator !== 'undefined';
	const [voices, storage] = await Promise.all([listVoices(), storageFacts()]);
	return {
		...guessDevice(browser ? navigator.userAgent : '', browser ? navigator.maxTouchPoints : 0),
		installed: isInstalled(),
		wakeLock: isWakeLockSupported(),
		notifications: notificationPermission(),
		vibration: isVibrationSupported(),
		audio: audioState(),
		speech: isSpeechSupported(),
		voices: voices.length,
		// The languages spoken offline too: a network voice falls silent with the connection.
		voiceLangs: [...new Set(voices.filter((v) => v.localService).map((v) => v.lang))],
		...storage
	};
}
