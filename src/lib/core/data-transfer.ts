// Names and sentences around backups: the file names of exports, what a chosen backup holds
// before restoring it (and what it leaves out, core/left-out.ts), and what a restore changed.
import type { BackupProblem, BackupSummary, ImportCounts } from './backup';
import type { LeftOut } from './left-out';
import { shortDay } from './calendar';
import { localDay } from './days';
import { countOf, listJoin, NOUNS, type RecordKind } from './words';

/** Why the disk refused a write (storage's StorageError codes). */
export type WriteProblem = 'invalid' | 'exists' | 'quota' | 'unavailable' | 'failed';

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
	/** The file was read and refused; `english` is core's sentence for it. */
	| { code: 'refused'; problem: BackupProblem; english: string }
	/** The disk refused; `english` is storage's sentence for it. */
	| { code: 'storage'; error: WriteProblem; english: string }
	/** Something unexpected (a revoked file, a full download folder). */
	| { code: 'failed' }
	| { code: 'choose-first' };

export function backupFileName(now: number): string {
	return `limber-backup-${localDay(now)}.json`;
}

export function csvFileName(now: number): string {
	return `limber-history-${localDay(now)}.csv`;
}

const KINDS = Object.keys(NOUNS) as RecordKind[];

// state/data.svelte.ts counts through here, and Settings says what a restore leaves out.
export { countOf };
export { leftOutNote } from './left-out';

/** The kinds of record a backup holds any of, in the order a summary lists them. */
export function summaryKinds(summary: BackupSummary): RecordKind[] {
	return KINDS.filter((kind) => summary[kind] > 0);
}

/**
 * One line per kind of record a backup holds, e.g. ["12 sessions", "3 check-ins", "1 setting"];
 * kinds the file holds none of are left out, so an empty list means an empty backup.
 */
export function summaryLines(summary: BackupSummary): string[] {
	return summaryKinds(summary).map((kind) => countOf(kind, summary[kind]));
}

/** "From 2 Jan 2024 to 14 May 2024", or null when the backup holds no dated records. */
export function summaryRange(summary: BackupSummary, locale?: string): string | null {
	if (summary.oldest === null || summary.newest === null) return null;
	const day = (d: string) => `${shortDay(d, locale)} ${d.slice(0, 4)}`;
	return summary.oldest === summary.newest
		? `On ${day(summary.oldest)}`
		: `From ${day(summary.oldest)} to ${day(summary.newest)}`;
}

/** What a restore changed, e.g. "Restored: 12 sessions added and 1 setting updated." */
export function describeImport(counts: ImportCounts): string {
	const parts: string[] = [];
	for (const kind of KINDS) {
		const c = counts[kind];
		if (c.added > 0) parts.push(`${countOf(kind, c.added)} added`);
		if (c.updated > 0) parts.push(`${countOf(kind, c.updated)} updated`);
	}
	const kept = KINDS.reduce((sum, kind) => sum + counts[kind].kept, 0);
	const builtIn = KINDS.reduce((sum, kind) => sum + counts[kind].builtIn, 0);
	const keptNote =
		(kept > 0
			? kept === 1
				? ' One record was newer on this device and kept as it is.'
				: ` ${kept} records were newer on this device and kept as they are.`
			: '') +
		(builtIn > 0
			? ` ${builtIn === 1 ? 'One routine or timer has' : `${builtIn} routines or timers have`} the name of one built into Limber, so Limber's own was kept.`
			: '');
	return parts.length === 0
		? `Everything in this backup was already here; nothing needed to change.${keptNote}`
		: `Restored: ${listJoin(parts)}.${keptNote}`;
}
