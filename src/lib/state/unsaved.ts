// Sessions that ended but are not yet safely in the database, kept aside in localStorage the
// instant they end (a synchronous write, so a reload or a crash right after Stop cannot lose
// them). The recorder fills and empties it; the shell only asks whether it holds anything, so
// a first visit loads nothing more.

export const UNSAVED_KEY = 'limber.unsaved-sessions';
/** Changes to running sessions, kept aside the same way (see timeline-aside.ts). */
export const TIMELINES_ASIDE_KEY = 'limber.unsaved-timelines';

/** localStorage, or null where it is missing or refused (private modes, storage turned off). */
export function keptAsideStore(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** Whether anything is set aside under `key`; what reads and writes it loads only then. */
export function hasUnsaved(key: string = UNSAVED_KEY): boolean {
	try {
		return keptAsideStore()?.getItem(key) != null;
	} catch {
		return false;
	}
}
