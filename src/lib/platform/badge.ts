// The app badge (a dot or count on an installed app's icon), through the Badging API where the
// browser has it: Chrome and Edge for apps installed on a computer, Safari for Home Screen apps
// (iOS 16.4+, with notification permission). Elsewhere nothing happens and the answer says so.

type Badging = Navigator & {
	setAppBadge?: (contents?: number) => Promise<void>;
	clearAppBadge?: () => Promise<void>;
};

const badging = (): Badging | null => (typeof navigator === 'undefined' ? null : navigator);

export function isBadgeSupported(): boolean {
	const nav = badging();
	return typeof nav?.setAppBadge === 'function' && typeof nav.clearAppBadge === 'function';
}

/**
 * Shows the badge (a plain mark, no count) or clears it. Resolves true when the browser did it,
 * false where it cannot (no API, not installed, no permission) or refused; never throws.
 */
export async function setAppBadge(on: boolean): Promise<boolean> {
	const nav = badging();
	if (!isBadgeSupported() || !nav) return false;
	try {
		if (on) await nav.setAppBadge?.();
		else await nav.clearAppBadge?.();
		return true;
	} catch {
		return false;
	}
}
