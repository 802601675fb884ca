// The running session's timeline, saved on every event so a reload or crash resumes it
// exactly; cleared when the session ends.
import * as v from 'valibot';
import type { Timeline } from '$lib/core/model';
import { TimelineSchema } from '$lib/core/schemas';
import type { WriteResult } from './errors';
import { check, read, write } from './repo';

const WHAT = 'running session';

// A timeline saved by an older app version may no longer fit; resuming it could crash the
// player, so it is treated as absent.
const valid = (t: Timeline | undefined): Timeline | undefined =>
	t !== undefined && v.is(TimelineSchema, t) ? t : undefined;

export async function saveActive(timeline: Timeline): Promise<WriteResult> {
	const checked = check(TimelineSchema, timeline, WHAT);
	if (!checked.ok) return checked.result;
	return write(WHAT, { store: 'active', op: 'put', key: timeline.id }, (b) =>
		b.put('active', checked.value)
	);
}

export async function getActive(id: string): Promise<Timeline | undefined> {
	return valid(await read((b) => b.get('active', id), undefined));
}

/** Every saved running timeline (normally none or one), in id order. */
export async function listActive(): Promise<Timeline[]> {
	const rows = await read((b) => b.getAll('active'), []);
	return rows.filter((t) => valid(t) !== undefined);
}

export async function clearActive(id: string): Promise<WriteResult> {
	return write(WHAT, { store: 'active', op: 'delete', key: id }, (b) => b.delete('active', id));
}
