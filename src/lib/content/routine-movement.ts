// How much movement each built-in routine asks, apart from the routines themselves so that the
// episode plan can rank them without loading the routines and the exercise library.
/**
 * Every built-in routine by how much movement it asks, least first: lying still and breathing;
 * settling into a resting position from the floor, from a bed or sofa, from standing; small
 * moves in bed; a short walk, then a 5-minute one; gentle stretches lying down; getting up from
 * a bed, then from the floor; kneeling and lying stretches; more positions and longer holds;
 * sitting and standing with a walk; a longer walk with lunges; the full range from lying to
 * standing. The plan's "gentler" routine is always lower on this list than the one after which
 * pain went up.
 */
export const ROUTINES_BY_MOVEMENT: readonly string[] = [
	'breathe-and-let-go',
	'first-hours-floor',
	'first-hours',
	'first-hours-standing',
	'in-bed',
	'short-walk',
	'walk-5',
	'flare-day',
	'get-up-from-bed',
	'get-up-from-floor',
	'spasm-relief',
	'bedtime-wind-down',
	'desk-break',
	'walk-and-stretch',
	'morning-mobility'
];
