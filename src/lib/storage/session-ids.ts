// A session's record keeps ids, never display text: a built-in routine's or timer's record keeps
// its kind and source id and no title (its title comes from the catalogs in the language the
// page is shown in), so History reads correctly after a change of language. A person's own
// routine or timer keeps its title: their own words. So does a record whose id is no longer
// built in, since nothing else could name it. Applied to every session written, to records a
// restore brings in, and by the database's migration 6 to records saved before.
import type { SessionRecord } from '$lib/core/model';
import { builtInSource } from '$lib/content/built-in-ids';

/** `record` as it is kept: without a built-in's title (the same object when there is none). */
export function withoutBuiltInTitle<T extends Pick<SessionRecord, 'kind' | 'sourceId' | 'title'>>(
	record: T
): T {
	if (record.title === '' || !builtInSource(record.kind, record.sourceId)) return record;
	return { ...record, title: '' };
}
