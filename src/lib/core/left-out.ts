// What a restore leaves out of a backup that is whole and readable, as codes with their facts:
// settings Limber can't use, own routines and timers beyond the editor's limits, and records
// dated after tomorrow. The preview says them before the person confirms, the restore after,
// each language in its own words (messages/data.*). Apart from backup.ts (valibot), so the words
// load without it.
import type { ProgramBeyond } from './program-draft';
import type { RoutineBeyond } from './routine-rules';

/** Records a backup may carry that are counted rather than named in a sentence. */
export type CountedKind = 'sessions' | 'journal' | 'episodes';

/** Why a record is left out because of its date: it is dated after tomorrow. */
export type DatedLater = { code: 'dated' };

/**
 * An own routine or timer left out: its name when it shows one (null when it has none a person
 * could read), and why: dated after tomorrow, or the first limit of the editor it goes beyond.
 */
export type LeftOutRecord =
	| { kind: 'routines'; title: string | null; why: RoutineBeyond | DatedLater }
	| { kind: 'programs'; title: string | null; why: ProgramBeyond | DatedLater };

export interface LeftOut {
	/** Own routines and timers left out, in the file's order. */
	named: LeftOutRecord[];
	/** Sessions, check-ins and episodes dated after tomorrow, by kind; kinds with none absent. */
	future: Partial<Record<CountedKind, number>>;
	/** Settings in the file that Limber does not use or cannot read. */
	settings: number;
}

/** At most this many routines and timers get a sentence each; the count says the rest. */
export const NAMED_MAX = 3;

/** Counted kinds, in the order backups list them. */
export const COUNTED: readonly CountedKind[] = ['sessions', 'journal', 'episodes'];

/** How many records (settings apart) are left out, by kind, in the order backups list them. */
export function recordCounts(
	out: LeftOut
): [kind: CountedKind | 'routines' | 'programs', n: number][] {
	const named = (kind: 'routines' | 'programs') => out.named.filter((r) => r.kind === kind).length;
	const counts: [CountedKind | 'routines' | 'programs', number][] = [
		['sessions', out.future.sessions ?? 0],
		['journal', out.future.journal ?? 0],
		['routines', named('routines')],
		['programs', named('programs')],
		['episodes', out.future.episodes ?? 0]
	];
	return counts.filter(([, n]) => n > 0);
}

/** Whether anything at all is left out. */
export function leavesOut(out: LeftOut): boolean {
	return out.settings > 0 || recordCounts(out).length > 0;
}

/** A name as a sentence quotes it: trimmed, cut to `max` characters with an ellipsis. */
export function nameToQuote(name: string, max = 40): string {
	const text = name.trim();
	return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
