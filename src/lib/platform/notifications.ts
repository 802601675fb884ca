// System notifications for phase changes, so a timer reaches someone who has looked away.
import type { NotificationState } from '$lib/core/device-advice';

const ICON = '/icons/icon-192.png';

export interface NotifyOptions {
	body?: string;
	/** A notification with the same tag replaces the last one instead of piling up. */
	tag?: string;
	/** Opened (or focused) by the service worker when the notification is tapped. */
	url?: string;
	/**
	 * Alert again when replacing a notification with the same tag. Defaults to true when there
	 * is a tag: each phase change of a timer must buzz, not slip in silently.
	 */
	renotify?: boolean;
	badge?: string;
}

/** `renotify` is missing from TypeScript's DOM types, though Chrome honours it (others ignore it). */
type FullNotificationOptions = NotificationOptions & { renotify?: boolean };

const supported = () => typeof window !== 'undefined' && 'Notification' in window;

export function notificationPermission(): NotificationState {
	return supported() ? Notification.permission : 'unsupported';
}

/** Only ever call this from a tap: browsers ignore, and may block for good, a prompt without one. */
export async function requestNotificationPermission(): Promise<NotificationState> {
	if (!supported()) return 'unsupported';
	try {
		// Older Safari reported only through the callback and returned no promise.
		return await new Promise<NotificationPermission>((resolve, reject) => {
			const promise = Notification.requestPermission(resolve) as
				Promise<NotificationPermission> | undefined;
			promise?.then(resolve, reject);
		});
	} catch {
		return notificationPermission();
	}
}

async function activeRegistration(): Promise<ServiceWorkerRegistration | null> {
	if (!('serviceWorker' in navigator)) return null;
	// getRegistration, not `ready`: `ready` never settles on a page with no worker (dev, http).
	const registration = await navigator.serviceWorker.getRegistration();
	return registration?.active ? registration : null;
}

/**
 * Shows a notification through the service worker where there is one (Android allows no other
 * way, and a tap then opens `url` even if the page was closed), else from the page. Resolves
 * false when nothing was shown: no permission, no support, or the browser refused.
 */
export async function notify(title: string, options: NotifyOptions = {}): Promise<boolean> {
	if (notificationPermission() !== 'granted') return false;
	const { body, tag, url, badge = ICON } = options;
	const init: FullNotificationOptions = {
		body,
		tag,
		icon: ICON,
		badge,
		data: { url },
		renotify: options.renotify ?? tag !== undefined,
		requireInteraction: false
	};
	// Chrome throws on renotify without a tag.
	if (!tag) delete init.renotify;
	try {
		const registration = await activeRegistration();
		if (registration) {
			await registration.showNotification(title, init);
			return true;
		}
		const notification = new Notification(title, init);
		notification.onclick = () => {
			window.focus();
			notification.close();
		};
		return true;
	} catch {
		return false;
	}
}

/** Removes shown notifications with this tag, e.g. once the user is back in the app. */
export async function clearNotifications(tag: string): Promise<void> {
	if (!supported()) return;
	try {
		const registration = await activeRegistration();
		const shown = (await registration?.getNotifications({ tag })) ?? [];
		for (const notification of shown) notification.close();
	} catch {
		// Nothing to clear.
	}
}
