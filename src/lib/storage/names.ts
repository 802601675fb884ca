// The database's and stores' names, apart from db.ts so that code which only needs the names
// (the change channel, the first-use check) does not load idb and the migrations. db.ts names
// its stores from the schema; names.test.ts checks that this list holds the same ones.

export const DB_NAME = 'limber';

export const STORE_NAMES = [
	'sessions',
	'journal',
	'routines',
	'programs',
	'settings',
	'active',
	'episodes'
] as const;
