// The user's own stretch routines (built-ins live in content/ and are never stored).
import type { Routine } from '$lib/core/model';
import type { WriteResult } from './errors';
import { check, fits, read, write } from './repo';

const WHAT = 'routine';

// Read back through the schema: a routine saved by an older app version that no longer fits
// is left out rather than handed to the player to crash on.
const valid = async (x: Routine | undefined): Promise<Routine | undefined> =>
	x !== undefined && (await fits('RoutineSchema', x)) ? x : undefined;

/** Only the records that still fit; the schemas load only when there is something to check. */
async function validOnly(rows: Routine[]): Promise<Routine[]> {
	const checked = await Promise.all(rows.map(valid));
	return checked.filter((x): x is Routine => x !== undefined);
}

/** All of the user's routines, in id order. */
export async function list(): Promise<Routine[]> {
	const rows = await read((b) => b.getAll('routines'), []);
	return rows.length === 0 ? rows : validOnly(rows);
}

export async function get(id: string): Promise<Routine | undefined> {
	return valid(await read((b) => b.get('routines', id), undefined));
}

export async function put(routine: Routine): Promise<WriteResult> {
	const checked = await check('RoutineSchema', routine, WHAT);
	if (!checked.ok) return checked.result;
	return write(WHAT, { store: 'routines', op: 'put', key: routine.id }, (b) =>
		b.put('routines', checked.value)
	);
}

export async function remove(id: string): Promise<WriteResult> {
	return write(WHAT, { store: 'routines', op: 'delete', key: id }, (b) => b.delete('routines', id));
}
