// Body positions in the order lists and filters use (their names are in messages/exercises).
import type { Position } from './model';

/** Positions from floor to standing: the order lists and filters use. */
export const positionOrder: Position[] = [
	'lying-back',
	'lying-side',
	'lying-front',
	'kneeling',
	'sitting',
	'standing'
];
