// A session's name in the page's language. A built-in routine's or timer's record keeps only its
// ids (storage/session-ids.ts), so it is named from the catalogs in the language it is shown in;
// a person's own routine or timer keeps its own title, their words, in every language.
import type { Lang } from '$lib/core/lang';
import type { Plan, SessionRecord } from '$lib/core/model';
import { builtInSource } from '$lib/content/built-in-ids';
import { programCatalog, programWords } from '$lib/messages/programs';
import { routineCatalog, routineWords } from '$lib/messages/routines';

type Named = Pick<SessionRecord, 'kind' | 'sourceId' | 'title'>;

/** Loads the built-in routines' and timers' titles in `lang` (a page's load, or before a CSV). */
export async function loadSessionTitles(lang: Lang): Promise<void> {
	await Promise.all([routineCatalog.load(lang), programCatalog.load(lang)]);
}

/** The name of the session `record` in `lang` (its titles loaded first). */
export function sessionTitle(record: Named, lang: Lang): string {
	const source = builtInSource(record.kind, record.sourceId);
	if (!source) return record.title;
	return source.kind === 'routine'
		? routineWords(lang, source.id).title
		: programWords(lang, source.id).title;
}

/** Each record with its name in `lang`, for what shows or exports them; never to be stored. */
export function titledSessions<T extends Named>(records: readonly T[], lang: Lang): T[] {
	return records.map((r) => {
		const title = sessionTitle(r, lang);
		return title === r.title ? r : { ...r, title };
	});
}

/**
 * The title of a running session's plan in `lang` (its titles loaded first, as the player's load
 * does): the plan keeps the title it was compiled with, in the language the session started in,
 * so a built-in's is looked up again by its id; a person's own keeps theirs.
 */
export function planTitle(plan: Pick<Plan, 'source' | 'title'>, lang: Lang): string {
	const { source } = plan;
	if (source.type === 'demo' || !source.builtIn) return plan.title;
	const kind = source.type === 'routine' ? 'routine' : 'timer';
	return sessionTitle({ kind, sourceId: source.id, title: plan.title }, lang);
}
