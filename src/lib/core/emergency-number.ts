// The emergency telephone number for the device's region, read from the browser's languages
// (navigator.languages): the region subtag of the first language that has one. 112 reaches
// emergency services across the EU and on most mobile networks elsewhere, so it is the default.

const BY_REGION: Readonly<Record<string, string>> = {
	US: '911',
	CA: '911',
	MX: '911',
	GB: '999',
	AU: '000',
	NZ: '111'
};

export const DEFAULT_EMERGENCY_NUMBER = '112';

/** The region subtag of a BCP 47 tag ("en-GB" → "GB", "es-419" → "419"), if it has one. */
function regionOf(tag: string): string | undefined {
	try {
		return new Intl.Locale(tag).region;
	} catch {
		return undefined;
	}
}

/** The emergency number for the first of `locales` that names a region; 112 otherwise. */
export function emergencyNumber(locales: string | readonly string[] | undefined): string {
	const list = typeof locales === 'string' ? [locales] : (locales ?? []);
	for (const tag of list) {
		const region = regionOf(tag)?.toUpperCase();
		if (region) return BY_REGION[region] ?? DEFAULT_EMERGENCY_NUMBER;
	}
	return DEFAULT_EMERGENCY_NUMBER;
}
