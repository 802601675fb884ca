// The user's own ice, heat and rest timer programs (built-in presets live in content/).
import type { Program } from '$lib/core/model';
import type { WriteResult } from './errors';
import { check, fits, read, write } from './repo';

const WHAT = 'program';

// Read back through the schema: a program saved by an older app version that no longer fits
// is left out rather than handed to the player to crash on.
const valid = async (x: Program | undefined): Promise<Program | undefined> =>
	x !== undefined && (await fits('ProgramSchema', x)) ? x : undefined;

/** Only the records that still fit; the schemas load only when there is something to check. */
async function validOnly(rows: Program[]): Promise<Program[]> {
	const checked = await Promise.all(rows.map(valid));
	return checked.filter((x): x is Program => x !== undefined);
}

/** All of the user's programs, in id order. */
export async function list(): Promise<Program[]> {
	const rows = await read((b) => b.getAll('programs'), []);
	return rows.length === 0 ? rows : validOnly(rows);
}

export async function get(id: string): Promise<Program | undefined> {
	return valid(await read((b) => b.get('programs', id), undefined));
}

export async function put(program: Program): Promise<WriteResult> {
	const checked = await check('ProgramSchema', program, WHAT);
	if (!checked.ok) return checked.result;
	return write(WHAT, { store: 'programs', op: 'put', key: program.id }, (b) =>
		b.put('programs', checked.value)
	);
}

export async function remove(id: string): Promise<WriteResult> {
	return write(WHAT, { store: 'programs', op: 'delete', key: id }, (b) => b.delete('programs', id));
}
