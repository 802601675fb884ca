// One set of words for the warning signs: every place that names them is rendered here and must
// name every sign it lists at its level, in the words of content/care-levels.ts. A place that
// drops a sign, or rewords one, fails.
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import CareAdvice from '$lib/components/care/CareAdvice.svelte';
import RedFlagCheck from '$lib/components/guide/RedFlagCheck.svelte';
import SafetyNotes from '$lib/components/timer/SafetyNotes.svelte';
import CheckInForm from '$lib/components/today/CheckInForm.svelte';
import { checkInWords } from '$lib/content/check-in';
import { getHelpWords, levelWords, signWords } from '$lib/content/care-levels';
import { REPORT_TEXT } from '$lib/content/episode-plan';
import { guideTopicBySlug } from '$lib/content/guide';
import { NUMBNESS_PLACES, type PhaseKind } from '$lib/core/model';
import { SIGN_LEVEL, SIGNS, signsAt, type ActiveLevel } from '$lib/core/triage';
import About from '../../../routes/about/+page.svelte';
import { programCatalog } from '$lib/messages/programs';

// The timers' safety notes read their words from the English catalog, as an English page does.
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/timers/ice-20') } }));
await programCatalog.load('en');

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

const labelsAt = (...levels: ActiveLevel[]) =>
	levels.flatMap((level) => signsAt(level).map((sign) => signWords[sign].label));

function expectAll(place: string, shown: string, words: readonly string[]): void {
	const lower = shown.toLowerCase();
	for (const w of words) expect(lower, `${place} names “${w}”`).toContain(w.toLowerCase());
}

describe('every place that names the warning signs', () => {
	it('the check asks every sign, grouped under its level', () => {
		const shown = text(render(RedFlagCheck).body);
		expectAll(
			'the check',
			shown,
			SIGNS.map((s) => signWords[s].question)
		);
		for (const level of ['emergency', 'urgent', 'appointment'] as const) {
			const from = shown.indexOf(levelWords[level].group);
			expect(from, levelWords[level].group).toBeGreaterThanOrEqual(0);
			for (const sign of signsAt(level))
				expect(shown.indexOf(signWords[sign].question), sign).toBeGreaterThan(from);
		}
	});

	it('the guide lists every sign under its level', () => {
		const topic = guideTopicBySlug('see-a-doctor')!;
		for (const sign of SIGNS) {
			const section = topic.sections.find((s) =>
				s.bullets?.some((b) => b.toLowerCase() === signWords[sign].label.toLowerCase())
			);
			expect(section?.heading, sign).toBe(levelWords[SIGN_LEVEL[sign]].title);
		}
	});

	it('About lists every sign, under its level', () => {
		const shown = text(render(About).body);
		expectAll('About', shown, labelsAt('emergency', 'urgent', 'appointment'));
		let from = 0;
		for (const level of ['emergency', 'urgent', 'appointment'] as const) {
			from = shown.indexOf(levelWords[level].title, from);
			expect(from, levelWords[level].title).toBeGreaterThanOrEqual(0);
		}
	});

	it.each<[string, PhaseKind[]]>([
		['cold', ['ice', 'warm-up']],
		['heat', ['heat']],
		['rest', ['relax']],
		['walk', ['walk']]
	])('the %s timer’s notes list every emergency sign', (_, kinds) => {
		const shown = text(render(SafetyNotes, { props: { kinds } }).body);
		expect(shown).toContain(getHelpWords.atOnce);
		expectAll('the timer’s notes', shown, labelsAt('emergency'));
	});

	it.each<ActiveLevel>(['emergency', 'urgent', 'appointment'])(
		'Today’s notice at %s names its reasons, and below an emergency the emergency signs to watch for',
		(level) => {
			const shown = text(render(CareAdvice, { props: { level, reasons: ['A reason.'] } }).body);
			expect(shown).toContain(levelWords[level].title);
			expect(shown).toContain('A reason.');
			if (level === 'emergency') expect(shown).toContain('Call');
			else expectAll(`the ${level} notice`, shown, labelsAt('emergency'));
		}
	);

	it('the check-in asks every place of numbness, the saddle area first, the bladder and severe pain', () => {
		const shown = text(
			render(CheckInForm, { props: { onsaved: () => {}, onclose: () => {} } }).body
		);
		const places = checkInWords.numbnessPlaces.map(([, label]) => label);
		expectAll('the check-in', shown, [...places, checkInWords.bladderBowel, checkInWords.severe]);
		expect(checkInWords.numbnessPlaces.map(([place]) => place)).toEqual([...NUMBNESS_PLACES]);
		expect(shown.indexOf(places[0]!)).toBeLessThan(shown.indexOf(places[1]!));
	});

	it('the report names each question of the check-in in its words', () => {
		for (const [place, label] of checkInWords.numbnessPlaces)
			expect(REPORT_TEXT.signQuestion(place).toLowerCase()).toContain(label.toLowerCase());
		expect(REPORT_TEXT.signQuestion('bladder-bowel')).toMatch(/bladder or bowel/i);
		expect(REPORT_TEXT.signQuestion('severe')).toMatch(/hard to think, sleep or move/i);
	});
});
