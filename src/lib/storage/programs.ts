// The user's own ice, heat and rest timer programs (built-in presets live in content/).
import * as v from 'valibot';
import type { Program } from '$lib/core/model';
import { ProgramSchema } from '$lib/core/schemas';
import type { WriteResult } from './errors';
import { check, read, write } from './repo';

const WHAT = 'program';

// Read back through the schema: a program saved by an older app version that no longer fits
// is left out rather than handed to the player to crash on.
const valid = (x: Program | undefined): Program | undefined =>
	x !== undefined && v.is(ProgramSchema, x) ? x : undefined;

/** All of the user's programs, in id order. */
export async function list(): Promise<Program[]> {
	const rows = await read((b) => b.getAll('programs'), []);
	return rows.filter((r) => valid(r) !== undefined);
}

export async function get(id: string): Promise<Program | undefined> {
	return valid(await read((b) => b.get('programs', id), undefined));
}

export async function put(program: Program): Promise<WriteResult> {
	const checked = check(ProgramSchema, program, WHAT);
	if (!checked.ok) return checked.result;
	return write(WHAT, { store: 'programs', op: 'put', key: program.id }, (b) =>
		b.put('programs', checked.value)
	);
}

export async function remove(id: string): Promise<WriteResult> {
	return write(WHAT, { store: 'programs', op: 'delete', key: id }, (b) => b.delete('programs', id));
}
