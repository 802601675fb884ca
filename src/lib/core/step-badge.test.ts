import { describe, expect, it } from 'vitest';
import { badgeCode, stepLength } from './step-badge';

describe('step badges', () => {
	it('names each kind of step, not "Stretch" on every one', () => {
		expect(badgeCode({ kind: 'exercise' }, 'stretch')).toBe('hold');
		expect(badgeCode({ kind: 'exercise', reps: 6 }, 'stretch')).toBe('move');
		expect(badgeCode({ kind: 'exercise' }, 'move')).toBe('move');
		expect(badgeCode({ kind: 'exercise' }, 'rest')).toBe('rest');
		expect(badgeCode({ kind: 'exercise' }, 'breathe')).toBe('breathe');
		expect(badgeCode({ kind: 'exercise' }, 'walk')).toBe('walk');
		expect(badgeCode({ kind: 'exercise' })).toBe('hold');
	});

	it('badges cold, the pack off and heat as what they are', () => {
		expect(badgeCode({ kind: 'ice' })).toBe('cold');
		expect(badgeCode({ kind: 'warm-up' })).toBe('pack-off');
		expect(badgeCode({ kind: 'heat' })).toBe('heat');
		expect(badgeCode({ kind: 'rest' })).toBe('rest');
	});

	it('lists a rest as a rest and a hold as a hold', () => {
		expect(stepLength({ hold: { seconds: 300 } }, 'rest')).toEqual({ code: 'rest', ms: 300_000 });
		expect(stepLength({ hold: { seconds: 180 } }, 'breathe')).toEqual({
			code: 'breathe',
			ms: 180_000
		});
		expect(stepLength({ hold: { seconds: 20 } }, 'stretch')).toEqual({ code: 'hold', ms: 20_000 });
		expect(stepLength({ hold: { seconds: 20 } })).toEqual({ code: 'hold', ms: 20_000 });
		expect(stepLength({ hold: { seconds: 60 } }, 'move')).toEqual({ code: 'about', ms: 60_000 });
		expect(stepLength({ hold: { reps: 6, secondsPerRep: 5 } }, 'stretch')).toEqual({
			code: 'reps',
			reps: 6
		});
		expect(stepLength({ hold: { seconds: 60 }, untimed: true }, 'move')).toEqual({
			code: 'untimed'
		});
	});
});
