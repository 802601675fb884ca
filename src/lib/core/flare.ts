// Flare mode's rule for routines: on a bad day, only what is done entirely lying down.
import type { Position } from './model';

const LYING_DOWN: readonly Position[] = ['lying-back', 'lying-front'];

/** True when every position is lying down (on the back or the front) and there is at least one. */
export function isLyingDownOnly(positions: readonly Position[]): boolean {
	return positions.length > 0 && positions.every((p) => LYING_DOWN.includes(p));
}
