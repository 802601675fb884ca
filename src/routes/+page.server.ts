// Today's quick starts, worked out at build time so the first visit does not download the whole
// exercise library just to show how long each routine takes.
import { programById } from '$lib/content/programs';
import { routineById } from '$lib/content/routines';
import type { QuickStart } from '$lib/state/launch';
import { programTotalMs, routineTotalMs } from '$lib/state/library.svelte';
import type { PageServerLoad } from './$types';

function routine(id: string): QuickStart {
	const found = routineById(id);
	if (!found) throw new Error(`Today needs the built-in routine ${id}`);
	return { kind: 'routine', id, title: found.title, totalMs: routineTotalMs(found) };
}

function program(id: string): QuickStart {
	const found = programById(id);
	if (!found) throw new Error(`Today needs the built-in timer ${id}`);
	return { kind: 'program', id, title: found.title, totalMs: programTotalMs(found) };
}

export const load: PageServerLoad = () => ({
	relief: routine('spasm-relief'),
	flareDay: routine('flare-day'),
	timers: [program('ice-20'), program('heat-20'), program('rest-10')]
});
