// Spasm episodes: one record per episode, from "my back has gone" to "it's better".
import type { Episode } from '$lib/core/model';
import type { WriteResult } from './errors';
import { putChecked, read } from './repo';

const WHAT = 'episode';

/** Every episode, in id order (sort by startedAt to show them). */
export async function all(): Promise<Episode[]> {
	return read((b) => b.getAll('episodes'), []);
}

/** Saves an episode, replacing the earlier copy with the same id. */
export function put(episode: Episode): Promise<WriteResult> {
	return putChecked('episodes', WHAT, episode.id, episode);
}
