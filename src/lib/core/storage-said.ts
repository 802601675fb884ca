// What storage says when a record is not kept, as codes: storage/ gives them, and the words for
// each (messages/common: `storage`) are chosen where the person reads them, in the page's language.

/** Why nothing reaches the disk. */
export type StorageProblem = 'unavailable' | 'quota' | 'error';

/** What a write was of, as storage names it. */
export type StoredThing =
	'session' | 'journal-entry' | 'running-session' | 'setting' | 'episode' | 'routine' | 'program';

/** What a person saved or deleted, as a flow names it when the disk did not take it. */
export type HeldThing =
	'check-in' | 'note' | 'routine' | 'setting' | 'episode' | 'session' | 'timer';

/** Another tab keeps the database at another version: an older app, or a newer one. */
export type OtherTab = 'older' | 'newer';

/** Why a write or a backup step changed nothing. */
export type StorageSaid =
	/** The disk refused the write. */
	| { code: 'refused'; problem: StorageProblem; thing: StoredThing }
	/** The record failed its check: some of it missing or out of range. */
	| { code: 'invalid'; thing: StoredThing }
	/** An `add` found the record already there. */
	| { code: 'exists'; thing: StoredThing }
	/** A setting refused before it reached the disk: its name, or its value. */
	| { code: 'setting'; problem: 'name' | 'value' }
	/** An export, a restore or an erase that failed. */
	| { code: 'backup'; step: 'export' | 'restore' | 'restore-quota' | 'erase' };
