import { describe, expect, it } from 'vitest';
import { badgeWord, stepLength } from './step-badge';

describe('step badges', () => {
	it('names each kind of step, not "Stretch" on every one', () => {
		expect(badgeWord({ kind: 'exercise' }, 'stretch')).toBe('Hold');
		expect(badgeWord({ kind: 'exercise', reps: 6 }, 'stretch')).toBe('Move');
		expect(badgeWord({ kind: 'exercise' }, 'move')).toBe('Move');
		expect(badgeWord({ kind: 'exercise' }, 'rest')).toBe('Rest');
		expect(badgeWord({ kind: 'exercise' }, 'breathe')).toBe('Breathe');
		expect(badgeWord({ kind: 'exercise' }, 'walk')).toBe('Walk');
		expect(badgeWord({ kind: 'exercise' })).toBe('Hold');
	});

	it('badges cold, the pack off and heat as what they are', () => {
		expect(badgeWord({ kind: 'ice' })).toBe('Cold');
		expect(badgeWord({ kind: 'warm-up' })).toBe('Pack off');
		expect(badgeWord({ kind: 'heat' })).toBe('Heat');
		expect(badgeWord({ kind: 'rest' })).toBe('Rest');
	});

	it('lists a rest as a rest and a hold as a hold', () => {
		expect(stepLength({ hold: { seconds: 300 } }, 'rest')).toBe('Rest 5 min');
		expect(stepLength({ hold: { seconds: 180 } }, 'breathe')).toBe('Breathe 3 min');
		expect(stepLength({ hold: { seconds: 20 } }, 'stretch')).toBe('Hold 20 s');
		expect(stepLength({ hold: { reps: 6, secondsPerRep: 5 } }, 'stretch')).toBe(
			'6 slow repetitions'
		);
		expect(stepLength({ hold: { seconds: 60 }, untimed: true }, 'move')).toMatch(/tap Next/);
	});
});
