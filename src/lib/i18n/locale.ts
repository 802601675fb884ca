// The locale a page in a language writes its dates, times and weeks in: the device's own where
// it speaks the page's language (a British phone keeps "14 May", a Mexican one its own order),
// else the language itself.
import type { Lang } from '$lib/core/lang';

/** The device's locale where it speaks `lang`, else `lang` ("en-GB" on an English page). */
export function localeOf(lang: Lang): string {
	const device = typeof navigator === 'undefined' ? undefined : navigator.language;
	return device !== undefined && device.split('-')[0]?.toLowerCase() === lang ? device : lang;
}

interface WeekInfo {
	firstDay: number;
}

/**
 * The weekday a calendar week starts on in `locale` (0 Sunday … 6 Saturday), as its region
 * expects: Monday in Spain and Germany, Sunday in Mexico and the US. Monday where the browser
 * cannot say.
 */
export function weekStartOf(locale: string): number {
	try {
		const info = new Intl.Locale(locale) as Intl.Locale & {
			getWeekInfo?: () => WeekInfo;
			weekInfo?: WeekInfo;
		};
		const first = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
		return first === undefined ? 1 : first % 7;
	} catch {
		return 1;
	}
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The time of day of an instant as `locale` writes it ("2:05 PM", "14:05"). */
export function timeIn(locale: string, epochMs: number): string {
	let clock = clocks.get(locale);
	if (!clock) {
		clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
		clocks.set(locale, clock);
	}
	return clock.format(epochMs);
}
