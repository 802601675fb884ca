// Today's quick starts and words, worked out at build time for each language: the first visit
// downloads neither the exercise library, to show how long each routine takes, nor a script of
// its words (they come with the page's data).
import { exercisesForLength } from '$lib/content/exercises';
import { programById } from '$lib/content/programs';
import { routineById } from '$lib/content/routines';
import { programTotalMs, routineTotalMs } from '$lib/core/compile';
import { langFrom, type Lang } from '$lib/core/lang';
import { formatDuration, plural } from '$lib/i18n/format';
import { programCatalog, withProgramWords } from '$lib/messages/programs';
import { quickStarts } from '$lib/messages/quick-starts';
import { routineCatalog, withRoutineWords } from '$lib/messages/routines';
import { today } from '$lib/messages/today';
import type { PageServerLoad } from './$types';

type Words = Awaited<ReturnType<typeof quickStarts.load>>;

function routine(lang: Lang, id: string, title: string) {
	const shape = routineById(id);
	if (!shape) throw new Error(`Today needs the built-in routine ${id}`);
	const found = withRoutineWords(lang, shape);
	const totalMs = routineTotalMs(found, exercisesForLength);
	return {
		kind: 'routine' as const,
		id,
		title,
		totalMs,
		// In whole minutes: "8 min" on a button, never "8:05", which reads like a time of day.
		note: formatDuration(lang, Math.max(1, Math.round(totalMs / 60_000)) * 60_000)
	};
}

/** Today's tiles: an icon for each timer. */
const ICONS = { 'ice-20': 'ice', 'heat-20': 'heat', 'rest-10': 'rest' } as const;

function program(lang: Lang, m: Words, id: keyof typeof ICONS) {
	const shape = programById(id);
	if (!shape) throw new Error(`Today needs the built-in timer ${id}`);
	const found = withProgramWords(lang, shape);
	const totalMs = programTotalMs(found);
	// A repeating timer says how many rounds rather than a total that reads like a long wait;
	// cold with a pack-off phase says how long each is, so 40 minutes never reads as 40 of ice.
	const [on, off] = found.phases;
	const note =
		found.rounds > 1
			? plural(lang, found.rounds, m.rounds)
			: off?.kind === 'warm-up' && on
				? m.onOff(formatDuration(lang, on.seconds * 1000), formatDuration(lang, off.seconds * 1000))
				: formatDuration(lang, totalMs);
	return { kind: 'program' as const, id, title: m.tiles[id], icon: ICONS[id], totalMs, note };
}

/** "Back just seized?" asks where the person is; each answer starts its own first-hours routine. */
const PLACES = ['first-hours-floor', 'first-hours', 'first-hours-standing'] as const;

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	const [m, words] = await Promise.all([
		quickStarts.load(lang),
		today.load(lang),
		routineCatalog.load(lang),
		programCatalog.load(lang)
	]);
	return {
		words,
		places: PLACES.map((id) => routine(lang, id, m.places[id])),
		// All lying down, no kneeling: the gentle stretches offered under the places and in flare
		// mode. Its title is what its button says.
		relief: routine(lang, 'flare-day', m.startRelief),
		timers: (['ice-20', 'heat-20', 'rest-10'] as const).map((id) => program(lang, m, id))
	};
};
