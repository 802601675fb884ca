// The running session's timeline, saved on every event so a reload or crash resumes it
// exactly; cleared when the session ends.
import type { Timeline } from '$lib/core/model';
import type { WriteResult } from './errors';
import { check, fits, read, write } from './repo';

const WHAT = 'running session';

// A timeline saved by an older app version may no longer fit; resuming it could crash the
// player, so it is treated as absent.
const valid = async (x: Timeline | undefined): Promise<Timeline | undefined> =>
	x !== undefined && (await fits('TimelineSchema', x)) ? x : undefined;

/** Only the records that still fit; the schemas load only when there is something to check. */
async function validOnly(rows: Timeline[]): Promise<Timeline[]> {
	const checked = await Promise.all(rows.map(valid));
	return checked.filter((x): x is Timeline => x !== undefined);
}

export async function saveActive(timeline: Timeline): Promise<WriteResult> {
	const checked = await check('TimelineSchema', timeline, WHAT);
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
	return rows.length === 0 ? rows : validOnly(rows);
}

export async function clearActive(id: string): Promise<WriteResult> {
	return write(WHAT, { store: 'active', op: 'delete', key: id }, (b) => b.delete('active', id));
}
