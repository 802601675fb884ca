// names.ts lists the stores apart from the schema; this holds the two together: the list against
// the stores the migrations really create, and against the schema's type (checked by svelte-check
// in npm run check, where a store missing from either side is a type error).
import 'fake-indexeddb/auto';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { openLimberDb, type StoreName } from './db';
import { STORE_NAMES } from './names';

expectTypeOf<(typeof STORE_NAMES)[number]>().toEqualTypeOf<StoreName>();

describe('STORE_NAMES', () => {
	it('names exactly the stores the migrations create', async () => {
		const db = await openLimberDb();
		expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
	});
});
