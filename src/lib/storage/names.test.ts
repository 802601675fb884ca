import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLimberDb, type StoreName } from './db';
import { STORE_NAMES } from './names';

type Listed = (typeof STORE_NAMES)[number];
// Both ways at compile time: every listed name is a store, and every store is listed.
const listedAreStores: readonly StoreName[] = STORE_NAMES;
const storesAreListed: [Exclude<StoreName, Listed>] extends [never] ? true : false = true;

describe('STORE_NAMES', () => {
	it('names exactly the stores the database opens with', async () => {
		const db = await openLimberDb();
		expect(listedAreStores).toBe(STORE_NAMES);
		expect(storesAreListed).toBe(true);
		expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
	});
});
