// The episode card's words from the plan's codes: the stage's sentence, what the journal shows
// easing (with the days it names in the page's language) and why an item moved, in English as
// before and in Spanish and German.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Course } from '$lib/core/episode-course';
import { LANGS } from '$lib/core/lang';
import { care } from '$lib/messages/care';
import { episode } from '$lib/messages/episode';
import { dayName, easingText, itemWords, reasonText, stageText } from './plan-words';

beforeAll(() => Promise.all(LANGS.flatMap((lang) => [episode.load(lang), care.load(lang)])));

const course = (over: Partial<Course>): Course => ({
	firstDay: '2024-05-13',
	day: 5,
	latest: null,
	spasmsStoppedOn: null,
	painFalling: null,
	easing: false,
	lookAt: null,
	...over
});
/** A Friday: the Monday and the Wednesday before it are within the week. */
const TODAY = '2024-05-17';

describe('what the card says', () => {
	it.each([
		[
			course({ painFalling: { from: 7, to: 4, since: '2024-05-13' } }),
			'Easing: pain 7 → 4 since Monday.'
		],
		[
			course({
				painFalling: { from: 7, to: 4, since: '2024-05-13' },
				spasmsStoppedOn: '2024-05-15'
			}),
			'Easing: pain 7 → 4 since Monday; no spasms logged since Wednesday.'
		],
		[course({ spasmsStoppedOn: TODAY }), 'Easing: no spasms logged today.'],
		[course({ spasmsStoppedOn: '2024-05-16' }), 'Easing: no spasms logged since yesterday.'],
		// Not easing: the facts without the word.
		[
			course({ painFalling: { from: 7, to: 4, since: '2024-05-13' }, lookAt: 'spasms' }),
			'Pain 7 → 4 since Monday.'
		],
		[course({ lookAt: 'pain' }), null]
	])('%#: %s', (c, text) => {
		expect(easingText(episode.get('en'), c, TODAY, 'en-GB')).toBe(text);
	});

	it('names the days in Spanish and German', () => {
		const c = course({
			painFalling: { from: 7, to: 4, since: '2024-05-13' },
			spasmsStoppedOn: '2024-05-16'
		});
		expect(easingText(episode.get('es'), c, TODAY, 'es-ES')).toBe(
			'Va mejorando: dolor 7 → 4 desde el lunes; ningún espasmo anotado desde ayer.'
		);
		expect(easingText(episode.get('de'), c, TODAY, 'de-DE')).toBe(
			'Es wird besser: Schmerzen 7 → 4 seit Montag; seit gestern keine Krämpfe eingetragen.'
		);
		expect(
			easingText(
				episode.get('de'),
				course({ spasmsStoppedOn: TODAY, lookAt: 'spasms' }),
				TODAY,
				'de'
			)
		).toBe('Heute keine Krämpfe eingetragen.');
	});

	it('names a day a week or more ago by its date', () => {
		expect(dayName('2024-05-02', TODAY, 'en-GB')).toEqual({ kind: 'date', name: '2 May' });
		expect(dayName('2024-05-13', TODAY, 'de-DE')).toEqual({ kind: 'weekday', name: 'Montag' });
	});

	it('says why it is time to have it looked at, and never while easing', () => {
		const m = episode.get('en');
		expect(stageText(m, 'not-easing', course({ lookAt: 'spasms' }))).toMatch(/spasms have gone on/);
		expect(stageText(m, 'not-easing', course({ lookAt: 'pain' }))).toMatch(/pain easing/);
		expect(stageText(m, 'not-easing', course({}))).toMatch(/check-in today/);
		expect(stageText(m, 'easing', course({}))).not.toMatch(/looked at|more than three days/);
	});

	it('words every reason, in every language', () => {
		const m = episode.get('en');
		expect(reasonText(m, { reason: 'heat-helped', change: { before: 5, after: 3 } })).toBe(
			'Heat eased the pain last time (5, then 3 out of 10).'
		);
		expect(reasonText(m, { reason: 'heat-helped' })).toBe('Heat eased the pain last time.');
		expect(reasonText(m, { reason: 'pain-higher-after', after: 'In bed' })).toBe(
			'Pain was higher after In bed, so try this gentler one.'
		);
		expect(reasonText(m, { reason: 'pain-higher-after' })).toMatch(/after your last routine/);
		expect(reasonText(m, { reason: 'no-gentler', after: 'Breathe and let go' })).toMatch(
			/warning signs/
		);
		expect(reasonText(m, {})).toBe('');
		for (const lang of LANGS) {
			const words = episode.get(lang);
			for (const reason of [
				'cold-not-helping',
				'heat-helped',
				'pain-higher-after',
				'no-gentler'
			] as const)
				expect(reasonText(words, { reason, after: 'X' }), `${lang} ${reason}`).not.toBe('');
		}
	});

	it("titles the appointment item with the care level's own words", () => {
		for (const lang of LANGS)
			expect(itemWords(episode.get(lang), care.get(lang), 'appointment')?.title).toBe(
				care.get(lang).levels.appointment.title
			);
		expect(itemWords(episode.get('en'), care.get('en'), 'no-such-item')).toBeNull();
	});

	it('counts the water toward the glasses to aim at, and names the walks by their length', () => {
		const m = episode.get('en');
		expect(m.fluids.progress(2, 6)).toBe('2 of 6 glasses logged today');
		expect(itemWords(m, care.get('en'), 'walk-5')).toEqual({
			title: 'Walk for 5 minutes',
			text: 'A little longer than the 3-minute walk, however slowly. If that is too much today, the shorter walk is fine.',
			action: 'Start a 5-minute walk'
		});
		expect(itemWords(m, care.get('en'), 'walk-3')?.title).toBe('Walk for 3 minutes, when you can');
	});
});
