// Settings → Your data: storage, backups, the CSV, restoring and erasing, and what each tap led
// to. English gives the shape; its sentences about backups come from core (data-transfer.ts,
// left-out.ts), which the tests of the backup hold to.
import type { BackupSummary } from '$lib/core/backup';
import {
	countOf,
	describeImport,
	leftOutNote,
	summaryLines,
	summaryRange
} from '$lib/core/data-transfer';
import type { LeftOut } from '$lib/core/left-out';
import { sizeLabel, type RecordKind } from '$lib/core/words';
import type { DataSaid as Said } from '$lib/core/data-transfer';

function said(s: Said): string {
	switch (s.code) {
		case 'exported': {
			const holds = summaryLines(s.summary).join(', ') || 'nothing yet';
			return `Exported ${s.name} (${holds}). Find it in your downloads.`;
		}
		case 'csv':
			return `Exported ${s.name} (${countOf('sessions', s.sessions)}). Find it in your downloads.`;
		case 'read':
			return '';
		case 'restored': {
			const leftOut = leftOutNote(s.leftOut, true);
			const note = s.persisted
				? ''
				: " It is kept for this visit only, because this browser isn't saving Limber's data.";
			// After the note on keeping, so its "It" still means what was restored.
			return describeImport(s.counts) + note + (leftOut ? ` ${leftOut}` : '');
		}
		case 'erased':
			return 'Everything Limber kept on this device has been erased.';
		case 'no-download':
			return "This browser wouldn't start the download. Try again, or use another browser to export.";
		case 'unreadable':
			return "Limber couldn't read this file. Choose it again, or try another copy. Nothing was changed.";
		case 'too-large':
			return `This file is too large to be a Limber backup (the limit is ${s.limitMb} MB). Nothing was changed.`;
		case 'refused':
		case 'storage':
			return s.english;
		case 'failed':
			return 'Something went wrong. Nothing was changed; please try again.';
		case 'choose-first':
			return 'Choose a backup file first.';
	}
}

const en = {
	title: 'Your data',
	uses: (bytes: number) => `Limber uses about ${sizeLabel(bytes)} on this device.`,
	usesUnknown: "This browser doesn't say how much space Limber uses.",
	kept: "This browser has agreed to keep Limber's data even when the device runs low on space.",
	mayClear: 'This browser may clear Limber’s data if the device runs low on space.',
	keepUnknown: 'This browser doesn’t say whether it will keep Limber’s data when space runs low.',
	backUpNow: 'Export a backup now and then to be safe.',
	denied: "The browser hasn't agreed for now. It may later, for example once Limber is installed.",
	ask: 'Ask the browser to keep it',
	exportTitle: 'Back up and export',
	exportText:
		'A backup holds your history, check-ins, own routines and timers, and settings, in one file you can restore here or on another device. The CSV file lists your sessions for a spreadsheet or a clinician.',
	exporting: 'Exporting…',
	exportBackup: 'Export backup',
	exportCsv: 'Export history as CSV',
	restoreTitle: 'Restore a backup',
	restoreText:
		'Restoring adds what is missing and brings in changes made after the copy here. A newer edit here is never replaced by an older one, nothing already here is deleted, and nothing changes until you confirm.',
	choose: 'Choose a backup file',
	restoreFile: (name: string) => `Restore “${name}”?`,
	holds: 'This backup holds:',
	holdsNothing: 'This backup holds nothing to restore.',
	/** A count of one kind of record the file holds: "12 sessions". */
	count: (kind: RecordKind, n: number) => countOf(kind, n),
	/** "From 2 Jan 2024 to 14 May 2024.", or '' when nothing in it is dated. */
	range: (summary: BackupSummary, locale: string) => {
		const range = summaryRange(summary, locale);
		return range === null ? '' : `${range}.`;
	},
	/** What the restore will leave out, said before it, or ''. */
	leftOut: (out: LeftOut) => leftOutNote(out, false) ?? '',
	restoring: 'Restoring…',
	restore: 'Restore',
	cancel: 'Cancel',
	eraseTitle: 'Erase everything',
	eraseText:
		'Removes all your sessions, check-ins, own routines and timers, and settings from this device.',
	eraseAll: 'Erase all data…',
	eraseQuestion: 'Erase all data?',
	eraseWarning:
		'This removes everything Limber keeps on this device and cannot be undone. Export a backup first if you may want it back.',
	exportFirst: 'Export a backup first',
	erase: 'Erase everything',
	said
};

export default en;
