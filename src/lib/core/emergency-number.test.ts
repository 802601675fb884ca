import { describe, expect, it } from 'vitest';
import { DEFAULT_EMERGENCY_NUMBER, emergencyNumber } from './emergency-number';

describe('the emergency number for the device’s region', () => {
	it.each([
		['en-US', '911'],
		['es-US', '911'],
		['en-CA', '911'],
		['fr-CA', '911'],
		['es-MX', '911'],
		['en-GB', '999'],
		['cy-GB', '999'],
		['en-AU', '000'],
		['en-NZ', '111'],
		['mi-NZ', '111']
	])('%s calls %s', (locale, number) => {
		expect(emergencyNumber(locale)).toBe(number);
		expect(emergencyNumber([locale])).toBe(number);
	});

	const EU = [
		'AT',
		'BE',
		'BG',
		'HR',
		'CY',
		'CZ',
		'DK',
		'EE',
		'FI',
		'FR',
		'DE',
		'GR',
		'HU',
		'IE',
		'IT',
		'LV',
		'LT',
		'LU',
		'MT',
		'NL',
		'PL',
		'PT',
		'RO',
		'SK',
		'SI',
		'ES',
		'SE'
	];
	it.each(EU)('the EU: %s calls 112', (region) => {
		expect(emergencyNumber(`en-${region}`)).toBe('112');
	});

	it('defaults to 112 without a region, with an unknown one, or with nothing to go on', () => {
		expect(DEFAULT_EMERGENCY_NUMBER).toBe('112');
		expect(emergencyNumber('en')).toBe('112');
		expect(emergencyNumber('de-CH')).toBe('112');
		expect(emergencyNumber([])).toBe('112');
		expect(emergencyNumber(undefined)).toBe('112');
		expect(emergencyNumber('not a locale!')).toBe('112');
	});

	it('uses the first language that names a region, not a guess from the language', () => {
		// "en" alone would be expanded to the US by Intl.Locale#maximize; it must not be.
		expect(emergencyNumber(['en', 'en-GB', 'en-US'])).toBe('999');
		expect(emergencyNumber(['de-DE', 'en-US'])).toBe('112');
		expect(emergencyNumber(['EN-au'])).toBe('000');
		expect(emergencyNumber(['zh-Hant-TW', 'en-US'])).toBe('112');
	});
});
