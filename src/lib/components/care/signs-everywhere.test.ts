// One set of words for the warning signs: every place that names them is rendered here, in every
// language, and must name every sign it lists at its level, in the words of messages/care. A place
// that drops a sign, or rewords one, fails.
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import CareAdvice from '$lib/components/care/CareAdvice.svelte';
import RedFlagCheck from '$lib/components/guide/RedFlagCheck.svelte';
import SafetyNotes from '$lib/components/timer/SafetyNotes.svelte';
import CheckInForm from '$lib/components/today/CheckInForm.svelte';
import checkInEn from '$lib/messages/check-in.en';
import reportWords from '$lib/messages/report.en';
import { careSections } from '$lib/components/guide/care-sections';
import { LANGS, type Lang } from '$lib/core/lang';
import { NUMBNESS_PLACES, type PhaseKind } from '$lib/core/model';
import { SIGN_LEVEL, SIGNS, signsAt, type ActiveLevel } from '$lib/core/triage';
import { about } from '$lib/messages/about';
import { checkIn } from '$lib/messages/check-in';
import { care, type CareMessages } from '$lib/messages/care';
import { programCatalog } from '$lib/messages/programs';
import { shell } from '$lib/messages/shell';
import About from '../../../routes/[[lang=lang]]/about/+page.svelte';

/** The language the components render in (the page's, in the app). */
let lang: Lang = 'en';
vi.mock('$lib/i18n/page-lang', () => ({ pageLang: () => lang }));
vi.mock('$app/state', () => ({
	page: {
		get url() {
			return new URL(`http://localhost${lang === 'en' ? '' : `/${lang}`}/about`);
		}
	}
}));

beforeAll(() => Promise.all([checkIn.load('en'), shell.load('en')]));

/** The text of rendered HTML, tags and hydration markers gone, entities read. */
function text(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');
}

const labelsAt = (m: CareMessages, ...levels: ActiveLevel[]) =>
	levels.flatMap((level) => signsAt(level).map((sign) => m.signs[sign].label));

function expectAll(place: string, shown: string, words: readonly string[]): void {
	const lower = shown.toLowerCase();
	for (const w of words) expect(lower, `${place} names “${w}”`).toContain(w.toLowerCase());
}

describe.each(LANGS)('every place that names the warning signs, in %s', (language) => {
	let m: CareMessages;
	beforeAll(async () => {
		m = await care.load(language);
		await Promise.all([about.load(language), shell.load(language), programCatalog.load(language)]);
		lang = language;
	});

	it('the check asks every sign, grouped under its level', () => {
		const shown = text(render(RedFlagCheck).body);
		expectAll(
			'the check',
			shown,
			SIGNS.map((s) => m.signs[s].question)
		);
		expect(shown).toContain(m.check.yes);
		for (const level of ['emergency', 'urgent', 'appointment'] as const) {
			const from = shown.indexOf(m.levels[level].group);
			expect(from, m.levels[level].group).toBeGreaterThanOrEqual(0);
			for (const sign of signsAt(level))
				expect(shown.indexOf(m.signs[sign].question), sign).toBeGreaterThan(from);
		}
	});

	it('About lists every sign, under its level', () => {
		const shown = text(render(About).body);
		expectAll('About', shown, labelsAt(m, 'emergency', 'urgent', 'appointment'));
		let from = 0;
		for (const level of ['emergency', 'urgent', 'appointment'] as const) {
			from = shown.indexOf(m.levels[level].title, from);
			expect(from, m.levels[level].title).toBeGreaterThanOrEqual(0);
		}
	});

	it.each<[string, PhaseKind[]]>([
		['cold', ['ice', 'warm-up']],
		['heat', ['heat']],
		['rest', ['relax']],
		['walk', ['walk']]
	])('the %s timer’s notes list every emergency sign', (_, kinds) => {
		const shown = text(render(SafetyNotes, { props: { kinds } }).body);
		expect(shown).toContain(m.getHelp.atOnce);
		expectAll('the timer’s notes', shown, labelsAt(m, 'emergency'));
	});

	it.each<ActiveLevel>(['emergency', 'urgent', 'appointment'])(
		'Today’s notice at %s names its reasons, and below an emergency the emergency signs to watch for',
		(level) => {
			const sign = signsAt(level)[0]!;
			const findings = [{ level, sign, reason: { code: 'answered' } as const }];
			const shown = text(render(CareAdvice, { props: { level, findings } }).body);
			expect(shown).toContain(m.levels[level].title);
			expect(shown).toContain(m.signs[sign].reason);
			for (const step of m.levels[level].steps) expect(shown).toContain(step);
			if (level === 'emergency') expect(shown).toContain(m.call.button('112'));
			else expectAll(`the ${level} notice`, shown, labelsAt(m, 'emergency'));
		}
	);
});

describe('the places still in English name the signs in the same words', () => {
	let en: CareMessages;
	beforeAll(async () => {
		en = await care.load('en');
		lang = 'en';
	});

	it('the guide lists every sign under its level', () => {
		for (const sign of SIGNS) {
			const section = careSections(en).find((s) =>
				s.bullets?.some((b) => b.toLowerCase() === en.signs[sign].label.toLowerCase())
			);
			expect(section?.heading, sign).toBe(en.levels[SIGN_LEVEL[sign]].title);
		}
	});

	it('the check-in asks every place of numbness, the saddle area first, the bladder and severe pain', () => {
		const shown = text(
			render(CheckInForm, { props: { onsaved: () => {}, onclose: () => {} } }).body
		);
		const q = checkInEn.questions;
		const places = NUMBNESS_PLACES.map((place) => q.places[place]);
		expectAll('the check-in', shown, [...places, q.bladderBowel, q.severe]);
		expect(Object.keys(q.places)).toEqual([...NUMBNESS_PLACES]);
		expect(shown.indexOf(places[0]!)).toBeLessThan(shown.indexOf(places[1]!));
	});

	it('the report names each question of the check-in in its words', () => {
		for (const place of NUMBNESS_PLACES)
			expect(reportWords.signQuestion(place).toLowerCase()).toContain(
				checkInEn.questions.places[place].toLowerCase()
			);
		expect(reportWords.signQuestion('bladder-bowel')).toMatch(/bladder or bowel/i);
		expect(reportWords.signQuestion('severe')).toMatch(/hard to think, sleep or move/i);
	});
});
