// Names and codes around backups: the file names of exports, the kinds of record a chosen backup
// holds before restoring it (and what it leaves out, core/left-out.ts), and what a tap in
// Settings' data section led to. Messages (messages/data.*) say them in each language.
import type { BackupRefusal, BackupSummary, ImportCounts } from './backup';
import type { LeftOut } from './left-out';
import { localDay } from './days';
import type { StorageSaid } from './storage-said';

/** Why the disk refused a write (storage's StorageError codes). */
export type WriteProblem = 'invalid' | 'exists' | 'quota' | 'unavailable' | 'failed';

/** The kinds of record a backup holds, in the order a summary lists them. */
export type SummaryKind =
	'sessions' | 'journal' | 'routines' | 'programs' | 'episodes' | 'settings';

/** What a tap in Settings' data section led to, as a code with its facts. */
export type DataSaid =
	/** A backup file was handed to the browser's downloads. */
	| { code: 'exported'; name: string; summary: BackupSummary }
	/** The history as CSV was handed to the downloads. */
	| { code: 'csv'; name: string; sessions: number }
	/** A chosen file was read and is waiting for the person to confirm (nothing to say). */
	| { code: 'read' }
	| { code: 'restored'; counts: ImportCounts; persisted: boolean; leftOut: LeftOut }
	| { code: 'erased' }
	/** The browser would not start the download. */
	| { code: 'no-download' }
	/** The file could not be read at all. */
	| { code: 'unreadable' }
	| { code: 'too-large'; limitMb: number }
	/** The file was read and refused, with why. */
	| { code: 'refused'; refusal: BackupRefusal }
	/** The disk refused; `said` is storage's code for what it refused and why. */
	| { code: 'storage'; error: WriteProblem; said: StorageSaid }
	/** Something unexpected (a revoked file, a full download folder). */
	| { code: 'failed' }
	| { code: 'choose-first' };

export function backupFileName(now: number): string {
	return `limber-backup-${localDay(now)}.json`;
}

export function csvFileName(now: number): string {
	return `limber-history-${localDay(now)}.csv`;
}

const KINDS: readonly SummaryKind[] = [
	'sessions',
	'journal',
	'routines',
	'programs',
	'episodes',
	'settings'
];

/** The kinds of record a backup holds any of, in the order a summary lists them. */
export function summaryKinds(summary: BackupSummary): SummaryKind[] {
	return KINDS.filter((kind) => summary[kind] > 0);
}
