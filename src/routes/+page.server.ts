// Today's quick starts, worked out at build time so the first visit does not download the whole
// exercise library just to show how long each routine takes.
import { exercisesForLength } from '$lib/content/exercises';
import { programById } from '$lib/content/programs';
import { routineById } from '$lib/content/routines';
import { programTotalMs, routineTotalMs } from '$lib/core/compile';
import { formatDuration } from '$lib/core/format';
import { programCatalog, withProgramWords } from '$lib/messages/programs';
import { routineCatalog, withRoutineWords } from '$lib/messages/routines';
import type { PageServerLoad } from './$types';

function routine(id: string) {
	const shape = routineById(id);
	if (!shape) throw new Error(`Today needs the built-in routine ${id}`);
	const found = withRoutineWords('en', shape);
	const totalMs = routineTotalMs(found, exercisesForLength);
	return {
		kind: 'routine' as const,
		id,
		title: found.title,
		totalMs,
		// In whole minutes: "8 min" on a button, never "8:05", which reads like a time of day.
		note: formatDuration(Math.max(1, Math.round(totalMs / 60_000)) * 60_000)
	};
}

/** Today's tiles: a short label and an icon for each timer. */
const TILES: Record<string, { label: string; icon: string }> = {
	'ice-20': { label: 'Ice 20', icon: 'ice' },
	'heat-20': { label: 'Heat 20', icon: 'heat' },
	'rest-10': { label: 'Rest 10', icon: 'rest' }
};

function program(id: string) {
	const shape = programById(id);
	if (!shape) throw new Error(`Today needs the built-in timer ${id}`);
	const found = withProgramWords('en', shape);
	const totalMs = programTotalMs(found);
	// A repeating timer says how many rounds rather than a total that reads like a long wait;
	// cold with a pack-off phase says how long each is, so 40 minutes never reads as 40 of ice.
	const [on, off] = found.phases;
	const note =
		found.rounds > 1
			? `${found.rounds} rounds`
			: off?.kind === 'warm-up' && on
				? `${formatDuration(on.seconds * 1000)} on, ${formatDuration(off.seconds * 1000)} off`
				: formatDuration(totalMs);
	const tile = TILES[id];
	return {
		kind: 'program' as const,
		id,
		title: tile?.label ?? found.title,
		icon: tile?.icon ?? 'timers',
		totalMs,
		note
	};
}

/** "Back just seized?" asks where the person is; each answer starts its own first-hours routine. */
const PLACES = [
	['first-hours-floor', 'On the floor'],
	['first-hours', 'On a bed or sofa'],
	['first-hours-standing', 'Standing or sitting']
] as const;

export const load: PageServerLoad = async () => {
	await Promise.all([routineCatalog.load('en'), programCatalog.load('en')]);
	return {
		places: PLACES.map(([id, label]) => ({ ...routine(id), title: label })),
		// All lying down, no kneeling: the gentle stretches offered under the places and in flare mode.
		relief: routine('flare-day'),
		timers: [program('ice-20'), program('heat-20'), program('rest-10')]
	};
};
