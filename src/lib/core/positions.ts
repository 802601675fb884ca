// Human names for body positions, shared by lists, filters and exercise pages.
import type { Position } from './model';

export const positionNames: Record<Position, string> = {
	'lying-back': 'Lying on your back',
	'lying-side': 'Lying on your side',
	'lying-front': 'Lying face down',
	kneeling: 'Kneeling',
	sitting: 'Sitting',
	standing: 'Standing'
};

/** Positions from floor to standing: the order lists and filters use. */
export const positionOrder: Position[] = [
	'lying-back',
	'lying-side',
	'lying-front',
	'kneeling',
	'sitting',
	'standing'
];
