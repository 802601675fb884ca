// What each alarm of a running timer says in its calendar file, in the page's language: the
// phase that ends and what to do then, as English always said it, and in Spanish and German.
import { describe, expect, it } from 'vitest';
import { compileProgram, compileRoutine } from '$lib/core/compile';
import { phaseEnds } from '$lib/core/ics';
import { LANGS, type Lang } from '$lib/core/lang';
import type { Exercise, Plan, Timeline } from '$lib/core/model';
import { applyEvent } from '$lib/core/timeline';
import { cues } from '$lib/messages/cues';
// The plan's own labels, in the words it was compiled with (a session started on an English page).
import cuesEn from '$lib/messages/cues.en';
import { reminders } from '$lib/messages/reminders';
import { dailyReminderWords, phaseEndWords } from './alarm-words';

await Promise.all(LANGS.flatMap((lang) => [reminders.load(lang), cues.load(lang)]));

const MIN = 60_000;
const T0 = Date.UTC(2024, 2, 10, 8, 0, 0);

const started = (plan: Plan): Timeline => applyEvent({ id: 'tl', plan, events: [] }, 'start', T0);

/** Every alarm's label and notes for `plan`, started at T0, in `lang`. */
function alarms(lang: Lang, plan: Plan, at = T0) {
	const timeline = started(plan);
	return phaseEnds(timeline, at).map((end) => phaseEndWords(lang, timeline, end));
}

const ice20 = compileProgram({
	id: 'ice-20',
	title: 'Ice 20',
	purpose: 'Cool a fresh spasm',
	phases: [
		{ kind: 'ice', seconds: 20 * 60 },
		{ kind: 'warm-up', seconds: 20 * 60 }
	],
	rounds: 3
});

describe('phaseEndWords', () => {
	it('says in English what it always said', () => {
		const said = alarms('en', ice20);
		expect(said[0]).toEqual({
			label: 'Ice ends — take the pack off',
			description: 'Ice — round 1 of 3'
		});
		expect(said[1]?.label).toBe('Pack off ends — ice on');
		expect(said[5]?.label).toBe('Pack off ends — session complete');
	});

	it('takes cold or heat off, and names what comes next by what to do', () => {
		const plan: Plan = {
			title: 'Mixed',
			source: { type: 'demo', id: 'mixed', builtIn: true },
			segments: [
				{ kind: 'heat', label: 'Heat', durationMs: 10 * MIN, cue: 'Heat on' },
				{ kind: 'walk', label: 'Walk', durationMs: 5 * MIN, cue: 'Walk' },
				{ kind: 'relax', label: 'Rest', durationMs: null, cue: 'Rest' }
			]
		};
		expect(alarms('en', plan).map((a) => a.label)).toEqual([
			'Heat ends — take the heat off',
			'Walk ends — time to rest'
		]);
		expect(alarms('es', plan).map((a) => a.label)).toEqual([
			'Fin: Calor — quita el calor',
			'Fin: Paseo — hora de descansar'
		]);
		expect(alarms('de', plan).map((a) => a.label)).toEqual([
			'Ende: Wärme – Wärme abnehmen',
			'Ende: Gehen – Zeit zum Ausruhen'
		]);
	});

	it('names a routine’s steps by their titles, and the end of the session', () => {
		const exercise: Exercise = {
			id: 'knee',
			name: 'Knee to chest',
			kind: 'stretch',
			position: 'lying-back',
			illustration: '/exercises/knee.svg',
			illustrationAlt: 'Lying on the back, one knee drawn in',
			summary: 'Gentle stretch',
			steps: ['Lie down', 'Draw a knee in'],
			breathing: 'Slowly',
			feel: 'Low back',
			stopIf: 'Sharp pain',
			hold: { seconds: 30 },
			perSide: true,
			cue: 'Draw one knee in.'
		};
		const plan = compileRoutine(
			{
				id: 'r',
				title: 'R',
				purpose: '',
				steps: [{ exerciseId: 'knee', hold: { seconds: 30 }, perSide: true, restAfterSeconds: 0 }]
			},
			{ knee: exercise },
			{ leadInSeconds: 0 },
			cuesEn
		);
		expect(alarms('en', plan, T0 + 1000).map((a) => a.label)).toEqual([
			'Knee to chest (left) ends — switch sides',
			'Switch sides ends — next: Knee to chest (right)',
			'Knee to chest (right) ends — session complete'
		]);
		expect(alarms('de', plan, T0 + 1000).map((a) => a.label)[1]).toBe(
			'Ende: Seite wechseln – als Nächstes: Knee to chest (right)'
		);
	});

	it('ends an ice-only plan with the pack off and the session complete, in each language', () => {
		const plan = compileProgram({
			id: 'i',
			title: 'Ice',
			purpose: '',
			phases: [{ kind: 'ice', seconds: 600 }],
			rounds: 1
		});
		expect(alarms('en', plan)[0]?.label).toBe('Ice ends — take the pack off; session complete');
		expect(alarms('es', plan)[0]?.label).toBe('Fin: Hielo — quita la bolsa; sesión completada');
		expect(alarms('de', plan)[0]?.label).toBe(
			'Ende: Kühlen – Kühlpack abnehmen; Einheit abgeschlossen'
		);
	});

	it('gives each round its own notes in Spanish and German', () => {
		expect(alarms('es', ice20)[2]).toEqual({
			label: 'Fin: Hielo — quita la bolsa',
			description: 'Hielo: ronda 2 de 3'
		});
		expect(alarms('de', ice20)[1]?.label).toBe('Ende: Kühlpack ab – Kühlpack auflegen');
	});
});

describe('dailyReminderWords', () => {
	it('gives the reminder’s words in each language', () => {
		expect(dailyReminderWords('en')).toEqual({
			event: 'Limber check-in',
			alarm: 'Limber check-in: a few taps on how your back is today',
			notes: 'Limber check-in: a few taps on how your back is today. Open Limber and tap Today.'
		});
		expect(dailyReminderWords('es').event).toBe('Limber: registro del día');
		expect(dailyReminderWords('de').event).toBe('Limber: Tageseintrag');
	});
});
