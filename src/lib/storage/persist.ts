// Asking the browser to keep Limber's data when the device runs low on space, and reporting
// how much space it uses. Both are optional browser features and degrade to "unknown".
import { getSetting, setSetting } from './settings';

/** Device-only setting (never exported): when we asked, in epoch ms; 0 = never. */
export const PERSIST_ASKED_KEY = 'device.persistRequestedAt';

export type PersistOutcome = 'persisted' | 'denied' | 'unsupported';

export interface StorageEstimateInfo {
	/** Bytes used by this origin, when the browser says. */
	usage: number | null;
	/** Bytes this origin may use, when the browser says. */
	quota: number | null;
	/** Whether the browser has promised not to evict this origin's data. */
	persisted: boolean | null;
}

function storageManager(): StorageManager | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

let asking: Promise<PersistOutcome> | null = null;
/** Asked during this visit, though the setting saying so could not be written. */
let askedUnnoted = false;

async function ask(): Promise<PersistOutcome> {
	const storage = storageManager();
	if (!storage || typeof storage.persist !== 'function') return 'unsupported';
	try {
		if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
		// Asked once already: some browsers prompt, and asking again would only nag.
		if (askedUnnoted || (await getSetting(PERSIST_ASKED_KEY, 0)) > 0) return 'denied';
		const granted = await storage.persist();
		const noted = await setSetting(PERSIST_ASKED_KEY, Date.now());
		// Not written, the setting cannot stop a second prompt this visit: this flag does (a later
		// visit may ask once more, which is all it costs).
		if (!noted.ok) askedUnnoted = true;
		return granted ? 'persisted' : 'denied';
	} catch {
		return 'unsupported';
	}
}

/**
 * Calls navigator.storage.persist() the first time only; later calls report the current state
 * without asking. Call it once the user has data worth keeping (e.g. after a first session).
 */
export function requestPersistence(): Promise<PersistOutcome> {
	asking ??= ask().finally(() => {
		asking = null;
	});
	return asking;
}

export async function storageEstimate(): Promise<StorageEstimateInfo> {
	const storage = storageManager();
	const info: StorageEstimateInfo = { usage: null, quota: null, persisted: null };
	if (!storage) return info;
	try {
		if (typeof storage.estimate === 'function') {
			const estimate = await storage.estimate();
			info.usage = estimate.usage ?? null;
			info.quota = estimate.quota ?? null;
		}
	} catch {
		// Unknown stays null.
	}
	try {
		if (typeof storage.persisted === 'function') info.persisted = await storage.persisted();
	} catch {
		// Unknown stays null.
	}
	return info;
}
