// Spasm episodes: one record per episode, from "my back has gone" to "it's better".
import type { Episode } from '$lib/core/model';
import type { WriteResult } from './errors';
import { check, read, write } from './repo';

const WHAT = 'episode';

/** Every episode, in id order (sort by startedAt to show them). */
export async function all(): Promise<Episode[]> {
	return read((b) => b.getAll('episodes'), []);
}

export async function get(id: string): Promise<Episode | undefined> {
	return read((b) => b.get('episodes', id), undefined);
}

/** Saves an episode, replacing the earlier copy with the same id. */
export async function put(episode: Episode): Promise<WriteResult> {
	const checked = await check('EpisodeSchema', episode, WHAT);
	if (!checked.ok) return checked.result;
	return write(WHAT, { store: 'episodes', op: 'put', key: episode.id }, (b) =>
		b.put('episodes', checked.value)
	);
}
