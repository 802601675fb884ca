// What a restore leaves out of a backup that is whole and readable, and the sentences that say
// so: settings Limber can't use, own routines and timers beyond the editor's limits, and records
// dated after tomorrow. The preview says them before the person confirms, the restore after.
// Apart from backup.ts (valibot), so the sentences load with the words alone.
import { capitalize, countOf, listJoin } from './words';

/** Records a backup may carry that are counted rather than named in a sentence. */
type CountedKind = 'sessions' | 'journal' | 'episodes';

export interface LeftOut {
	/**
	 * Own routines and timers left out, in the file's order: how a sentence names each ("the
	 * routine “All day”", "an own timer") and why, as the rest of the sentence ("it has 100 steps,
	 * and Limber keeps routines to 40 steps").
	 */
	named: { kind: 'routines' | 'programs'; name: string; why: string }[];
	/** Sessions, check-ins and episodes dated after tomorrow, by kind; kinds with none absent. */
	future: Partial<Record<CountedKind, number>>;
	/** Settings in the file that Limber does not use or cannot read. */
	settings: number;
}

/** Why a record dated after tomorrow is left out, after "it": said the same for every kind. */
export const DATED_AFTER_TOMORROW = 'dated after tomorrow';

/** At most this many routines and timers get a sentence each; the count says the rest. */
const NAMED_MAX = 3;

const COUNTED: readonly CountedKind[] = ['sessions', 'journal', 'episodes'];

/** How many records (settings apart) are left out, by kind, in the order backups list them. */
function recordCounts(out: LeftOut): [kind: CountedKind | 'routines' | 'programs', n: number][] {
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

/**
 * What the preview (`done` false) and the restore (`done` true) say is left out, or null when
 * nothing is: the settings Limber can't use, counted; each routine or timer by name with why (the
 * first three); records dated after tomorrow, counted; and, when that took more than one
 * sentence, how many records in all.
 */
export function leftOutNote(out: LeftOut, done: boolean): string | null {
	const sentences: string[] = [];
	const { settings } = out;
	if (settings > 0) {
		const what = `${countOf('settings', settings)} Limber can't use`;
		sentences.push(
			done
				? `${what} ${settings === 1 ? 'was' : 'were'} left out.`
				: `It also holds ${what}; ${settings === 1 ? 'it' : 'they'} will be left out.`
		);
	}
	const leftOut = (n: number) =>
		done ? `${n === 1 ? 'was' : 'were'} left out` : 'will be left out';
	const records: string[] = [];
	for (const r of out.named.slice(0, NAMED_MAX)) {
		records.push(`${capitalize(r.name)} ${leftOut(1)}: ${r.why}.`);
	}
	const future = COUNTED.filter((kind) => (out.future[kind] ?? 0) > 0);
	const dated = future.reduce((sum, kind) => sum + (out.future[kind] ?? 0), 0);
	if (dated > 0) {
		const what = listJoin(future.map((kind) => countOf(kind, out.future[kind] ?? 0)));
		records.push(
			`${what} ${leftOut(dated)}: ${dated === 1 ? 'it is' : 'they are'} ${DATED_AFTER_TOMORROW}.`
		);
	}
	if (records.length > 1 || out.named.length > NAMED_MAX) {
		const counts = recordCounts(out);
		const total = counts.reduce((sum, [, n]) => sum + n, 0);
		records.push(`In all, ${listJoin(counts.map(([k, n]) => countOf(k, n)))} ${leftOut(total)}.`);
	}
	sentences.push(...records);
	return sentences.length === 0 ? null : sentences.join(' ');
}
