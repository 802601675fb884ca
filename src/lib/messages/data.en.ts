// Settings → Your data: storage, backups, the CSV, restoring and erasing, and what each tap led
// to. English gives the shape; core (backup.ts, left-out.ts, data-transfer.ts) gives the codes
// and facts these sentences say.
import common from './common.en';
import type { BackupRefusal, BackupSummary, ImportCounts } from '$lib/core/backup';
import type { DataSaid as Said, SummaryKind } from '$lib/core/data-transfer';
import {
	COUNTED,
	NAMED_MAX,
	nameToQuote,
	recordCounts,
	type LeftOut,
	type LeftOutRecord
} from '$lib/core/left-out';
import { shortDay } from '$lib/core/calendar';
import { PROGRAM_LIMITS, ROUTINE_LIMITS } from '$lib/core/plan-limits';
import type { ProgramBeyond } from '$lib/core/program-draft';
import type { RoutineBeyond } from '$lib/core/routine-rules';
import { formatLength } from '$lib/i18n/format';

/** Storage's own sentence, as every English alert says it. */
const storageWords = common.storage;

const NOUNS: Record<SummaryKind, readonly [one: string, many: string]> = {
	sessions: ['session', 'sessions'],
	journal: ['check-in', 'check-ins'],
	routines: ['own routine', 'own routines'],
	programs: ['own timer', 'own timers'],
	episodes: ['episode', 'episodes'],
	settings: ['setting', 'settings']
};
const KINDS = Object.keys(NOUNS) as SummaryKind[];

/** "1 session", "3 check-ins". */
const count = (kind: SummaryKind, n: number) => `${n} ${n === 1 ? NOUNS[kind][0] : NOUNS[kind][1]}`;

/** "a", "a and b", "a, b and c": no comma before "and", as Limber has always written it. */
function listJoin(parts: readonly string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "12 KB", "1.5 MB": never "0 KB" for a file that holds something. */
function size(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What a restore changed, e.g. "Restored: 12 sessions added and 1 setting updated." */
function restored(counts: ImportCounts): string {
	const parts: string[] = [];
	for (const kind of KINDS) {
		const c = counts[kind];
		if (c.added > 0) parts.push(`${count(kind, c.added)} added`);
		if (c.updated > 0) parts.push(`${count(kind, c.updated)} updated`);
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

const range = (r: { min: number; max: number }) => `from ${r.min} to ${r.max}`;

/** Why a routine or timer is left out, as the rest of a sentence after "… was left out:". */
function why(record: LeftOutRecord): string {
	if (record.why.code === 'dated') return 'it is dated after tomorrow';
	return record.kind === 'routines' ? routineWhy(record.why) : programWhy(record.why);
}

function routineWhy(b: RoutineBeyond): string {
	const L = ROUTINE_LIMITS;
	switch (b.code) {
		case 'title-missing':
			return 'it has no name Limber can show';
		case 'title-long':
			return `it has a name of ${b.count} characters, and Limber keeps names to ${L.titleMax}`;
		case 'purpose-long':
			return `it has notes of ${b.count} characters, and Limber keeps notes to ${L.purposeMax}`;
		case 'steps-missing':
			return 'it has no steps, and a routine needs at least one';
		case 'steps-many':
			return `it has ${b.count} steps, and Limber keeps routines to ${L.stepsMax} steps`;
		case 'exercise-unknown':
			return `step ${b.step + 1} is an exercise that is not in the Limber library`;
		case 'rest':
			return `step ${b.step + 1} rests for ${b.value} seconds, and Limber keeps a rest ${range(L.restSeconds)} whole seconds`;
		case 'hold':
			return `step ${b.step + 1} holds for ${b.value} seconds, and Limber keeps a hold ${range(L.holdSeconds)} whole seconds`;
		case 'reps':
			return `step ${b.step + 1} has ${b.value} repetitions, and Limber keeps them ${range(L.reps)}`;
		case 'seconds-per-rep':
			return `step ${b.step + 1} takes ${b.value} seconds a repetition, and Limber keeps that ${range(L.secondsPerRep)} whole seconds`;
	}
}

function programWhy(b: ProgramBeyond): string {
	const L = PROGRAM_LIMITS;
	switch (b.code) {
		case 'title-missing':
			return 'it has no name Limber can show';
		case 'title-long':
			return `it has a name of ${b.count} characters, and Limber keeps names to ${L.maxTitle}`;
		case 'purpose-long':
			return `it has notes of ${b.count} characters, and Limber keeps notes to ${L.maxPurpose}`;
		case 'phases-missing':
			return 'it has no phases, and a timer needs at least one';
		case 'phases-many':
			return `it has ${b.count} phases, and Limber keeps timers to ${L.maxPhases} phases`;
		case 'phase-length':
			return `phase ${b.phase + 1} lasts ${formatLength('en', b.seconds * 1000)}, and Limber keeps a phase from 10 seconds to 2 hours`;
		case 'phase-kind':
			return `phase ${b.phase + 1} is not a kind of phase Limber knows`;
		case 'rounds':
			return `it runs ${b.value} rounds, and Limber keeps timers from ${L.minRounds} to ${L.maxRounds} rounds`;
	}
}

/** How a sentence starts with a routine or timer: by its name when it shows one. */
function named(record: LeftOutRecord): string {
	const noun = record.kind === 'routines' ? 'routine' : 'timer';
	return record.title === null ? `An own ${noun}` : `The ${noun} “${nameToQuote(record.title)}”`;
}

/**
 * What the preview (`done` false) and the restore (`done` true) say is left out, or null when
 * nothing is: the settings Limber can't use, counted; each routine or timer by name with why (the
 * first three); records dated after tomorrow, counted; and, when that took more than one
 * sentence, how many records in all.
 */
function leftOut(out: LeftOut, done: boolean): string | null {
	const sentences: string[] = [];
	const { settings } = out;
	if (settings > 0) {
		const what = `${count('settings', settings)} Limber can't use`;
		sentences.push(
			done
				? `${what} ${settings === 1 ? 'was' : 'were'} left out.`
				: `It also holds ${what}; ${settings === 1 ? 'it' : 'they'} will be left out.`
		);
	}
	const left = (n: number) => (done ? `${n === 1 ? 'was' : 'were'} left out` : 'will be left out');
	const records: string[] = [];
	for (const r of out.named.slice(0, NAMED_MAX)) records.push(`${named(r)} ${left(1)}: ${why(r)}.`);
	const future = COUNTED.filter((kind) => (out.future[kind] ?? 0) > 0);
	const dated = future.reduce((sum, kind) => sum + (out.future[kind] ?? 0), 0);
	if (dated > 0) {
		const what = listJoin(future.map((kind) => count(kind, out.future[kind] ?? 0)));
		records.push(
			`${what} ${left(dated)}: ${dated === 1 ? 'it is' : 'they are'} dated after tomorrow.`
		);
	}
	if (records.length > 1 || out.named.length > NAMED_MAX) {
		const counts = recordCounts(out);
		const total = counts.reduce((sum, [, n]) => sum + n, 0);
		records.push(`In all, ${listJoin(counts.map(([k, n]) => count(k, n)))} ${left(total)}.`);
	}
	sentences.push(...records);
	return sentences.length === 0 ? null : sentences.join(' ');
}

const NOT_LIMBER =
	"This file isn't a Limber backup. Choose the .json file that Limber saved when you exported your data.";
const DAMAGED = 'This Limber backup is damaged and cannot be restored. Nothing was changed.';

/** Why a backup file was refused, with "Nothing was changed." */
function refused(r: BackupRefusal): string {
	switch (r.problem) {
		case 'too-large':
			return `This file is too large to be a Limber backup (the limit is ${size(r.maxBytes)}). Nothing was changed.`;
		case 'empty':
			return 'This file is empty. Nothing was changed.';
		case 'not-limber':
			return NOT_LIMBER;
		case 'damaged':
			return DAMAGED;
		case 'newer':
			return 'This backup was made by a newer version of Limber. Update the app (reload it while online), then try again. Nothing was changed.';
		case 'too-many':
			return `This backup holds more ${NOUNS[r.kind][1]} than Limber can restore (${r.count}, the limit is ${r.limit}). Nothing was changed.`;
		case 'invalid': {
			const bad = KINDS.filter((k) => (r.invalid[k] ?? 0) > 0);
			const total = bad.reduce((sum, k) => sum + (r.invalid[k] ?? 0), 0);
			const parts = bad.map((k) => count(k, r.invalid[k] ?? 0));
			return `This backup can't be restored: ${listJoin(parts)} ${total === 1 ? 'is' : 'are'} damaged or invalid. Nothing was changed.`;
		}
		case 'nothing':
			return `Nothing in this backup could be restored. ${leftOut(r.leftOut, true) ?? ''} Nothing was changed.`;
	}
}

function said(s: Said): string {
	switch (s.code) {
		case 'exported': {
			const holds = lines(s.summary).join(', ') || 'nothing yet';
			return `Exported ${s.name} (${holds}). Find it in your downloads.`;
		}
		case 'csv':
			return `Exported ${s.name} (${count('sessions', s.sessions)}). Find it in your downloads.`;
		case 'read':
			return '';
		case 'restored': {
			const out = leftOut(s.leftOut, true);
			const note = s.persisted
				? ''
				: " It is kept for this visit only, because this browser isn't saving Limber's data.";
			// After the note on keeping, so its "It" still means what was restored.
			return restored(s.counts) + note + (out ? ` ${out}` : '');
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
			return refused(s.refusal);
		case 'storage':
			return storageWords.said(s.said);
		case 'failed':
			return 'Something went wrong. Nothing was changed; please try again.';
		case 'choose-first':
			return 'Choose a backup file first.';
	}
}

/** One line per kind of record a backup holds, e.g. ["12 sessions", "3 check-ins", "1 setting"]. */
function lines(summary: BackupSummary): string[] {
	return KINDS.filter((kind) => summary[kind] > 0).map((kind) => count(kind, summary[kind]));
}

const en = {
	title: 'Your data',
	uses: (bytes: number) => `Limber uses about ${size(bytes)} on this device.`,
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
	count: (kind: SummaryKind, n: number) => count(kind, n),
	/** "From 2 Jan 2024 to 14 May 2024.", or '' when nothing in it is dated. */
	range: (summary: BackupSummary, locale: string) => {
		if (summary.oldest === null || summary.newest === null) return '';
		const day = (d: string) => `${shortDay(d, locale)} ${d.slice(0, 4)}`;
		return summary.oldest === summary.newest
			? `On ${day(summary.oldest)}.`
			: `From ${day(summary.oldest)} to ${day(summary.newest)}.`;
	},
	/** What the restore will leave out, said before it, or ''. */
	/** The history file's words: a person reads its headers in a spreadsheet. */
	csv: {
		header: ['Date', 'Time', 'What', 'Minutes', 'Completed', 'Pain before', 'Pain after', 'Note'],
		yes: 'yes',
		no: 'no'
	},
	leftOut: (out: LeftOut) => leftOut(out, false) ?? '',
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
