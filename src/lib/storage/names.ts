// The database's and stores' names, apart from db.ts so that code which only needs the names
// (the change channel, the first-use check) does not load idb and the migrations.
import type { StoreName } from './db';

export const DB_NAME = 'limber';

export const STORE_NAMES: readonly StoreName[] = [
	'sessions',
	'journal',
	'routines',
	'programs',
	'settings',
	'active',
	'episodes'
];
