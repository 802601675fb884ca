// The backup file format: building it, reading a file back (with why, as a code, when it is
// refused, and what it leaves out), and the merge policy that decides what a restore changes. Pure; storage applies the result.
import * as v from 'valibot';
import { localDay } from './days';
import { leavesOut, type LeftOut, type LeftOutRecord } from './left-out';
import { hasVisibleText } from './plan-limits';
import { isPreference } from './preferences';
import { programBeyond } from './program-draft';
import { routineBeyond } from './routine-rules';
import { utf8Length } from './words';
import type { Episode, JournalEntry, Program, Routine, SessionRecord } from './model';
import {
	EpisodeSchema,
	JournalEntrySchema,
	LIMITS,
	ProgramSchema,
	RoutineSchema,
	SessionRecordSchema,
	type JsonValue
} from './schemas';

export const BACKUP_APP = 'limber';
export const BACKUP_FORMAT = 1;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/**
 * Settings under this prefix describe this device (e.g. whether we already asked the browser
 * for persistent storage); carrying them to another device would be wrong, so backups skip them.
 */
export const DEVICE_SETTING_PREFIX = 'device.';

export type BackupKind = 'sessions' | 'journal' | 'routines' | 'programs' | 'episodes' | 'settings';
export const BACKUP_KINDS: readonly BackupKind[] = [
	'sessions',
	'journal',
	'routines',
	'programs',
	'episodes',
	'settings'
];

export interface BackupData {
	sessions: SessionRecord[];
	journal: JournalEntry[];
	routines: Routine[];
	programs: Program[];
	/** Spasm episodes; backups made before episodes existed have none. */
	episodes: Episode[];
	settings: Record<string, JsonValue>;
}

export interface Backup extends BackupData {
	app: typeof BACKUP_APP;
	format: typeof BACKUP_FORMAT;
	/** ISO timestamp of the export. */
	exportedAt: string;
}

export interface BackupSummary {
	sessions: number;
	journal: number;
	routines: number;
	programs: number;
	episodes: number;
	settings: number;
	/** Earliest and latest local day (YYYY-MM-DD) covered by sessions and journal; null when empty. */
	oldest: string | null;
	newest: string | null;
}

export type ParseBackupResult =
	| {
			ok: true;
			backup: Backup;
			summary: BackupSummary;
			/**
			 * What the file holds that the restore leaves out, and why: settings Limber can't use,
			 * own routines and timers beyond the editor's limits, records dated after tomorrow.
			 */
			leftOut: LeftOut;
	  }
	| ({ ok: false } & BackupRefusal);

/**
 * Why a backup file is refused, with what each language's words for it name; each is said with
 * "Nothing was changed."
 */
export type BackupRefusal =
	/** Larger than `maxBytes`. */
	| { problem: 'too-large'; maxBytes: number }
	| { problem: 'empty' | 'not-limber' | 'damaged' | 'newer' }
	/** More records of one kind (`count`) than Limber can restore (`limit`). */
	| { problem: 'too-many'; kind: RecordKind; count: number; limit: number }
	/** Damaged records by kind: the file is not as Limber wrote it. */
	| { problem: 'invalid'; invalid: Partial<Record<BackupKind, number>> }
	/** Everything in it is left out, and why. */
	| { problem: 'nothing'; leftOut: LeftOut };

export function isDeviceSetting(key: string): boolean {
	return key.startsWith(DEVICE_SETTING_PREFIX);
}

/**
 * The settings a backup carries: the person's preferences, each with a value it may hold
 * (core/preferences.ts). Device settings stay on their device, and anything else is not Limber's.
 */
function portableSettings(settings: Record<string, JsonValue>): Record<string, JsonValue> {
	const out: Record<string, JsonValue> = {};
	for (const [key, value] of Object.entries(settings)) {
		if (isPreference(key, value)) out[key] = value;
	}
	return out;
}

/** Wraps the user's data in the versioned envelope; `exportedAt` is epoch ms. */
export function makeBackup(data: BackupData, exportedAt: number): Backup {
	return {
		app: BACKUP_APP,
		format: BACKUP_FORMAT,
		exportedAt: new Date(exportedAt).toISOString(),
		sessions: data.sessions,
		journal: data.journal,
		routines: data.routines,
		programs: data.programs,
		episodes: data.episodes,
		settings: portableSettings(data.settings)
	};
}

/** Re-exported for callers that met it here first. */
export { localDay };

export function summarize(data: BackupData): BackupSummary {
	let oldest: string | null = null;
	let newest: string | null = null;
	const see = (day: string) => {
		if (oldest === null || day < oldest) oldest = day;
		if (newest === null || day > newest) newest = day;
	};
	let minStart = Infinity;
	let maxStart = -Infinity;
	for (const s of data.sessions) {
		if (s.startedAt < minStart) minStart = s.startedAt;
		if (s.startedAt > maxStart) maxStart = s.startedAt;
	}
	if (data.sessions.length > 0) {
		see(localDay(minStart));
		see(localDay(maxStart));
	}
	for (const j of data.journal) see(j.date);
	return {
		sessions: data.sessions.length,
		journal: data.journal.length,
		routines: data.routines.length,
		programs: data.programs.length,
		episodes: data.episodes.length,
		settings: Object.keys(data.settings).length,
		oldest,
		newest
	};
}

const NOT_LIMBER = { ok: false, problem: 'not-limber' } as const;
const DAMAGED = { ok: false, problem: 'damaged' } as const;

function isPlainObject(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const recordSchemas = {
	sessions: SessionRecordSchema,
	journal: JournalEntrySchema,
	routines: RoutineSchema,
	programs: ProgramSchema,
	episodes: EpisodeSchema
} as const;

const keyOf = {
	sessions: (r: SessionRecord) => r.id,
	journal: (r: JournalEntry) => r.date,
	routines: (r: Routine) => r.id,
	programs: (r: Program) => r.id,
	episodes: (r: Episode) => r.id
} as const;

export type RecordKind = keyof typeof recordSchemas;
const RECORD_KINDS: readonly RecordKind[] = [
	'sessions',
	'journal',
	'routines',
	'programs',
	'episodes'
];

const DAY_MS = 86_400_000;

/**
 * What a backup may bring that the app could have made: nothing dated after tomorrow (a clock
 * set wrong on the device that made it, give or take a time zone). A record from the future
 * would win every later merge and make the report and Today misread the days, so it is left out
 * and said. Checked at the door only: what is already stored is never hidden by a newer rule.
 */
function madeByLimber(kind: RecordKind, record: unknown, now: number): boolean {
	const latestMs = now + 2 * DAY_MS;
	const latestDay = localDay(now + DAY_MS);
	const ms = (x: number | undefined) => x === undefined || x <= latestMs;
	const day = (x: string | undefined) => x === undefined || x <= latestDay;
	switch (kind) {
		case 'sessions': {
			const r = record as SessionRecord;
			return ms(r.startedAt) && ms(r.endedAt) && ms(r.updatedAt);
		}
		case 'journal': {
			const r = record as JournalEntry;
			return day(r.date) && ms(r.updatedAt);
		}
		case 'episodes': {
			const r = record as Episode;
			return (
				ms(r.startedAt) && day(r.startDay) && day(r.endDay) && day(r.notYetDay) && ms(r.updatedAt)
			);
		}
		case 'routines':
		case 'programs': {
			const r = record as Routine | Program;
			const edited = r.updatedAt === undefined ? undefined : Date.parse(r.updatedAt);
			return ms(edited);
		}
	}
}

/**
 * The editor's limits, which a routine or timer from a backup keeps as one from a link does
 * (steps, holds, rests, phases, rounds, names and notes): the first one it goes beyond, or null.
 * Whether its exercises are in this version's library is not asked: a backup is the person's
 * own, and an exercise may have been renamed since.
 */
function beyondLimits(kind: RecordKind, record: unknown): LeftOutRecord['why'] | null {
	if (kind === 'routines') return routineBeyond(record as Routine);
	if (kind === 'programs') return programBeyond(record as Program);
	return null;
}

interface Section<K extends RecordKind> {
	items: BackupData[K];
	/** Records the file cannot hold as they are (their shape, a second copy of one key). */
	invalid: number;
	/** Records dated after tomorrow that are counted, not named: sessions, check-ins, episodes. */
	future: number;
	/** Routines and timers left out (beyond the editor's limits or dated after tomorrow). */
	named: LeftOut['named'];
}

/**
 * Reads one array section. A record of the wrong shape, or a second one under a key, is damaged
 * (the file was changed or cut since Limber wrote it, and a restore would lose one copy). A record
 * that is whole but does not pass the gate (dated after tomorrow, beyond the editor's limits) is
 * left out, and said: the rest of the person's backup still comes in.
 */
function readSection<K extends RecordKind>(kind: K, raw: unknown[], now: number): Section<K> {
	const schema = recordSchemas[kind] as unknown as v.GenericSchema<unknown, BackupData[K][number]>;
	const key = keyOf[kind] as (r: BackupData[K][number]) => string;
	const seen = new Set<string>();
	const items: BackupData[K][number][] = [];
	const section: Omit<Section<K>, 'items'> = { invalid: 0, future: 0, named: [] };
	for (const item of raw) {
		const parsed = v.safeParse(schema, item);
		if (!parsed.success || seen.has(key(parsed.output))) {
			section.invalid++;
			continue;
		}
		const record = parsed.output;
		seen.add(key(record));
		const why = madeByLimber(kind, record, now)
			? beyondLimits(kind, record)
			: ({ code: 'dated' } as const);
		if (why === null) items.push(record);
		else if (kind === 'routines' || kind === 'programs') {
			const { title } = record as Routine | Program;
			section.named.push({
				kind,
				title: hasVisibleText(title) ? title : null,
				why
			} as LeftOutRecord);
		} else section.future++;
	}
	return { items: items as BackupData[K], ...section };
}

/**
 * The person's preferences from the file, each checked for the value it may hold. Device
 * settings are skipped without a word (they were never meant to travel); anything else, an
 * unknown key ("constructor", "__proto__", a setting of another version) or a value Limber
 * cannot use, is left out and counted, so the restore can say so.
 */
function readSettings(raw: Record<string, unknown>): {
	items: Record<string, JsonValue>;
	leftOut: number;
} {
	const items: Record<string, JsonValue> = {};
	let leftOut = 0;
	for (const [key, value] of Object.entries(raw)) {
		if (isDeviceSetting(key)) continue;
		if (!isPreference(key, value)) {
			leftOut++;
			continue;
		}
		items[key] = value as JsonValue;
	}
	return { items, leftOut };
}

/**
 * Reads a backup file's text. Never throws: every failure comes back as a code with its facts,
 * which Settings says to the person restoring. A file that is not a whole Limber backup (not JSON, another app's, a
 * newer format, a damaged record) is refused whole. In one that is, each record that does not
 * pass the gate (beyond the editor's limits, dated after tomorrow) and each setting Limber can't
 * use is left out, and `leftOut` says which and why; when that leaves nothing, it is refused too.
 */
export function parseBackup(
	text: string,
	maxBytes = MAX_BACKUP_BYTES,
	now = Date.now()
): ParseBackupResult {
	// UTF-8 needs at least one byte and at most three per UTF-16 unit, so most texts skip the count.
	if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) {
		return { ok: false, problem: 'too-large', maxBytes };
	}
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') return { ok: false, problem: 'empty' };

	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		return NOT_LIMBER;
	}
	if (!isPlainObject(data) || data.app !== BACKUP_APP) return NOT_LIMBER;

	const format = data.format;
	if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
		return DAMAGED;
	}
	if (format > BACKUP_FORMAT) {
		return { ok: false, problem: 'newer' };
	}
	if (
		typeof data.exportedAt !== 'string' ||
		!v.is(v.pipe(v.string(), v.isoTimestamp()), data.exportedAt)
	) {
		return DAMAGED;
	}

	const caps: Record<RecordKind, number> = {
		sessions: LIMITS.sessions,
		journal: LIMITS.journal,
		routines: LIMITS.routines,
		programs: LIMITS.programs,
		episodes: LIMITS.episodes
	};
	const sections: Partial<Record<RecordKind, unknown[]>> = {};
	for (const kind of RECORD_KINDS) {
		// Backups made before episodes existed have no such section: they hold none.
		const raw = kind === 'episodes' && data[kind] === undefined ? [] : data[kind];
		if (!Array.isArray(raw)) return DAMAGED;
		if (raw.length > caps[kind]) {
			return { ok: false, problem: 'too-many', kind, count: raw.length, limit: caps[kind] };
		}
		sections[kind] = raw;
	}
	if (!isPlainObject(data.settings)) return DAMAGED;
	if (Object.keys(data.settings).length > LIMITS.settings) return DAMAGED;

	const sessions = readSection('sessions', sections.sessions ?? [], now);
	const journal = readSection('journal', sections.journal ?? [], now);
	const routines = readSection('routines', sections.routines ?? [], now);
	const programs = readSection('programs', sections.programs ?? [], now);
	const episodes = readSection('episodes', sections.episodes ?? [], now);
	const settings = readSettings(data.settings);

	// A damaged record means the file is not as Limber wrote it: it is refused whole.
	const invalid: Partial<Record<BackupKind, number>> = {};
	const results = { sessions, journal, routines, programs, episodes };
	for (const kind of RECORD_KINDS) {
		const n = results[kind].invalid;
		if (n > 0) invalid[kind] = n;
	}
	if (Object.keys(invalid).length > 0) return { ok: false, problem: 'invalid', invalid };

	// What is whole but does not pass the gate is left out, and the rest comes in.
	const future: LeftOut['future'] = {};
	for (const kind of ['sessions', 'journal', 'episodes'] as const) {
		if (results[kind].future > 0) future[kind] = results[kind].future;
	}
	const leftOut: LeftOut = {
		named: [...routines.named, ...programs.named],
		future,
		settings: settings.leftOut
	};
	const backup: Backup = {
		app: BACKUP_APP,
		format: BACKUP_FORMAT,
		exportedAt: data.exportedAt,
		sessions: sessions.items,
		journal: journal.items,
		routines: routines.items,
		programs: programs.items,
		episodes: episodes.items,
		settings: settings.items
	};
	const summary = summarize(backup);
	const brings = BACKUP_KINDS.some((kind) => summary[kind] > 0);
	if (!brings && leavesOut(leftOut)) {
		return { ok: false, problem: 'nothing', leftOut };
	}
	return { ok: true, backup, summary, leftOut };
}

// ---------- Merge policy ----------

export interface MergeCounts {
	/** New here. */
	added: number;
	/** Replaced what was here. */
	updated: number;
	/** Already here, identical. */
	unchanged: number;
	/** Here in a newer version, so the backup's copy was skipped. */
	kept: number;
	/** A built-in routine or program's id: Limber's own copy stays, the backup's is skipped. */
	builtIn: number;
}

export type ImportCounts = Record<BackupKind, MergeCounts>;

export interface ImportPlan {
	/** Only what must be written; identical and older records are left out. */
	writes: BackupData;
	counts: ImportCounts;
}

/** Structural equality for JSON-like data; a key holding undefined equals a missing key. */
export function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
	}
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
	for (const k of keys) if (!sameData(ra[k], rb[k])) return false;
	return true;
}

function timeOf(iso: string | undefined): number {
	return iso === undefined ? NaN : Date.parse(iso);
}

/** A session's edit time; one from before edit times were kept counts as edited when it ended. */
const sessionTime = (r: SessionRecord) => r.updatedAt ?? r.endedAt;

/**
 * Whether the backup's copy should replace the one on the device: every record kind carries an
 * edit time, and the newer copy wins (a tie goes to the backup). A routine or program without
 * one on either side (never stored by this version) lets the backup's copy win. Settings have
 * none: restoring is an explicit request to bring them back.
 */
export function incomingWins(kind: BackupKind, existing: unknown, incoming: unknown): boolean {
	if (kind === 'journal') {
		return (incoming as JournalEntry).updatedAt >= (existing as JournalEntry).updatedAt;
	}
	if (kind === 'episodes') {
		return (incoming as Episode).updatedAt >= (existing as Episode).updatedAt;
	}
	if (kind === 'sessions') {
		return sessionTime(incoming as SessionRecord) >= sessionTime(existing as SessionRecord);
	}
	if (kind === 'routines' || kind === 'programs') {
		const a = timeOf((existing as Routine | Program).updatedAt);
		const b = timeOf((incoming as Routine | Program).updatedAt);
		return Number.isNaN(a) || Number.isNaN(b) || b >= a;
	}
	return true;
}

function emptyCounts(): MergeCounts {
	return { added: 0, updated: 0, unchanged: 0, kept: 0, builtIn: 0 };
}

/** What a restore must leave alone and how to date what it brings without a date. */
export interface ImportRules {
	/** Ids of the built-in routines and programs: a backup can neither replace nor shadow them. */
	builtIn?: { routines: ReadonlySet<string>; programs: ReadonlySet<string> };
	/** ISO time given to a restored routine or program that carries no edit time. */
	now?: string;
}

function mergeList<T extends object>(
	kind: BackupKind,
	existing: readonly T[],
	incoming: readonly T[],
	key: (r: T) => string,
	counts: MergeCounts,
	protectedIds: ReadonlySet<string> = new Set()
): T[] {
	const here = new Map<string, T>();
	for (const r of existing) here.set(key(r), r);
	const writes: T[] = [];
	for (const r of incoming) {
		const old = here.get(key(r));
		if (protectedIds.has(key(r))) counts.builtIn++;
		else if (old === undefined) {
			counts.added++;
			writes.push(r);
		} else if (sameData(old, r)) counts.unchanged++;
		else if (incomingWins(kind, old, r)) {
			counts.updated++;
			// Newer, but a field the device's copy has and the backup's lacks (a note, a rating
			// added since) is kept: a restore never deletes what a person wrote.
			const merged = { ...old, ...r };
			// The copy carries the edit time of the copy that won.
			if (kind === 'sessions') {
				(merged as SessionRecord).updatedAt = sessionTime(r as unknown as SessionRecord);
			}
			if (sameData(merged, old)) {
				counts.updated--;
				counts.unchanged++;
			} else writes.push(merged);
		} else counts.kept++;
	}
	return writes;
}

/** Routines and programs are stored with an edit time: that marks them as the person's own. */
function dated<T extends Routine | Program>(records: T[], now: string | undefined): T[] {
	return now === undefined
		? records
		: records.map((r) => (r.updatedAt === undefined ? { ...r, updatedAt: now } : r));
}

/** Decides, record by record, what a restore writes into what is already on the device. */
export function planImport(
	existing: BackupData,
	incoming: BackupData,
	rules: ImportRules = {}
): ImportPlan {
	const counts: ImportCounts = {
		sessions: emptyCounts(),
		journal: emptyCounts(),
		routines: emptyCounts(),
		programs: emptyCounts(),
		episodes: emptyCounts(),
		settings: emptyCounts()
	};
	const settingWrites: Record<string, JsonValue> = {};
	for (const [key, value] of Object.entries(portableSettings(incoming.settings))) {
		if (!Object.prototype.hasOwnProperty.call(existing.settings, key)) counts.settings.added++;
		else if (sameData(existing.settings[key], value)) {
			counts.settings.unchanged++;
			continue;
		} else counts.settings.updated++;
		settingWrites[key] = value;
	}
	return {
		writes: {
			sessions: mergeList(
				'sessions',
				existing.sessions,
				incoming.sessions,
				keyOf.sessions,
				counts.sessions
			),
			journal: mergeList(
				'journal',
				existing.journal,
				incoming.journal,
				keyOf.journal,
				counts.journal
			),
			routines: mergeList(
				'routines',
				existing.routines,
				dated(incoming.routines, rules.now),
				keyOf.routines,
				counts.routines,
				rules.builtIn?.routines
			),
			programs: mergeList(
				'programs',
				existing.programs,
				dated(incoming.programs, rules.now),
				keyOf.programs,
				counts.programs,
				rules.builtIn?.programs
			),
			episodes: mergeList(
				'episodes',
				existing.episodes,
				incoming.episodes,
				keyOf.episodes,
				counts.episodes
			),
			settings: settingWrites
		},
		counts
	};
}
