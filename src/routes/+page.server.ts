// Today's quick starts, worked out at build time so the first visit does not download the whole
// exercise library just to show how long each routine takes.
import { programById } from '$lib/content/programs';
import { formatDuration } from '$lib/core/format';
import { routineById } from '$lib/content/routines';
import type { QuickStart } from '$lib/state/launch';
import { programTotalMs, routineTotalMs } from '$lib/state/library.svelte';
import type { PageServerLoad } from './$types';

function routine(id: string): QuickStart {
	const found = routineById(id);
	if (!found) throw new Error(`Today needs the built-in routine ${id}`);
	const totalMs = routineTotalMs(found);
	return { kind: 'routine', id, title: found.title, totalMs, note: formatDuration(totalMs) };
}

function program(id: string): QuickStart {
	const found = programById(id);
	if (!found) throw new Error(`Today needs the built-in timer ${id}`);
	const totalMs = programTotalMs(found);
	// A repeating timer says how many rounds rather than a total that reads like a long wait.
	const note = found.rounds > 1 ? `${found.rounds} rounds` : formatDuration(totalMs);
	return { kind: 'program', id, title: found.title, totalMs, note };
}

export const load: PageServerLoad = () => ({
	firstHours: routine('first-hours'),
	relief: routine('spasm-relief'),
	flareDay: routine('flare-day'),
	timers: [program('ice-20'), program('heat-20'), program('rest-10')]
});
