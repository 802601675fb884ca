import type { Messages } from '$lib/i18n/catalog';
import type { BackupRefusal, BackupSummary, ImportCounts } from '$lib/core/backup';
import type { DataSaid, WriteProblem } from '$lib/core/data-transfer';
import {
	COUNTED,
	NAMED_MAX,
	nameToQuote,
	recordCounts,
	type LeftOut,
	type LeftOutRecord
} from '$lib/core/left-out';
import { shortDate } from '$lib/core/calendar';
import { PROGRAM_LIMITS, ROUTINE_LIMITS } from '$lib/core/plan-limits';
import type { ProgramBeyond } from '$lib/core/program-draft';
import type { RoutineBeyond } from '$lib/core/routine-rules';
import { formatLength, formatList, formatNumber, plural, type PluralForms } from '$lib/i18n/format';
import type en from './data.en';

type Kind = 'sessions' | 'journal' | 'routines' | 'programs' | 'episodes' | 'settings';
const KINDS: readonly Kind[] = [
	'sessions',
	'journal',
	'routines',
	'programs',
	'episodes',
	'settings'
];

const nouns: Record<Kind, PluralForms> = {
	sessions: { one: '# Einheit', other: '# Einheiten' },
	journal: { one: '# Tageseintrag', other: '# Tageseinträge' },
	routines: { one: '# eigene Routine', other: '# eigene Routinen' },
	programs: { one: '# eigener Timer', other: '# eigene Timer' },
	episodes: { one: '# Episode', other: '# Episoden' },
	settings: { one: '# Einstellung', other: '# Einstellungen' }
};
const count = (kind: Kind, n: number) => plural('de', n, nouns[kind]);

function lines(summary: BackupSummary): string[] {
	return KINDS.filter((kind) => summary[kind] > 0).map((kind) => count(kind, summary[kind]));
}

function restored(counts: ImportCounts): string {
	const parts: string[] = [];
	for (const kind of KINDS) {
		const c = counts[kind];
		if (c.added > 0) parts.push(`${count(kind, c.added)} hinzugefügt`);
		if (c.updated > 0) parts.push(`${count(kind, c.updated)} aktualisiert`);
	}
	const kept = KINDS.reduce((sum, kind) => sum + counts[kind].kept, 0);
	const builtIn = KINDS.reduce((sum, kind) => sum + counts[kind].builtIn, 0);
	const notes =
		(kept === 0
			? ''
			: kept === 1
				? ' Ein Eintrag war auf diesem Gerät neuer und bleibt, wie er ist.'
				: ` ${kept} Einträge waren auf diesem Gerät neuer und bleiben, wie sie sind.`) +
		(builtIn === 0
			? ''
			: builtIn === 1
				? ' Eine Routine oder ein Timer trägt den Namen einer Vorlage von Limber. Limbers eigene wurde behalten.'
				: ` ${builtIn} Routinen oder Timer tragen den Namen einer Vorlage von Limber. Limbers eigene wurden behalten.`);
	return parts.length === 0
		? `Alles aus dieser Sicherung war schon hier. Es musste nichts geändert werden.${notes}`
		: `Wiederhergestellt: ${formatList('de', parts)}.${notes}`;
}

/** As typed in the file: no grouping ("3600 Sekunden"), the decimal comma ("12,5"). */
const plain = new Intl.NumberFormat('de', { useGrouping: false, maximumFractionDigits: 3 });
const n = (value: number) => plain.format(value);

/** Why a routine is left out, as a sentence after "Die Routine „X“ wird ausgelassen:". */
function routineWhy(b: RoutineBeyond): string {
	const L = ROUTINE_LIMITS;
	switch (b.code) {
		case 'title-missing':
			return 'Sie hat keinen Namen, den Limber anzeigen kann';
		case 'title-long':
			return `Ihr Name hat ${n(b.count)} Zeichen; Limber erlaubt Namen mit bis zu ${L.titleMax} Zeichen`;
		case 'purpose-long':
			return `Ihre Notizen haben ${n(b.count)} Zeichen; Limber erlaubt Notizen mit bis zu ${L.purposeMax} Zeichen`;
		case 'steps-missing':
			return 'Sie hat keine Schritte; eine Routine braucht mindestens einen';
		case 'steps-many':
			return `Sie hat ${n(b.count)} Schritte; Limber erlaubt Routinen mit bis zu ${L.stepsMax} Schritten`;
		case 'exercise-unknown':
			return `Schritt ${b.step + 1} ist eine Übung, die es in der Limber-Bibliothek nicht gibt`;
		case 'hold':
			return `Schritt ${b.step + 1} wird ${n(b.value)} Sekunden gehalten; Limber erlaubt ${L.holdSeconds.min} bis ${L.holdSeconds.max} ganze Sekunden`;
		case 'reps':
			return `Schritt ${b.step + 1} hat ${n(b.value)} Wiederholungen; Limber erlaubt ${L.reps.min} bis ${L.reps.max}`;
		case 'seconds-per-rep':
			return `Bei Schritt ${b.step + 1} dauert eine Wiederholung ${n(b.value)} Sekunden; Limber erlaubt ${L.secondsPerRep.min} bis ${L.secondsPerRep.max} ganze Sekunden`;
		case 'rest':
			return `Nach Schritt ${b.step + 1} folgen ${n(b.value)} Sekunden zum Ausruhen; Limber erlaubt ${L.restSeconds.min} bis ${L.restSeconds.max} ganze Sekunden`;
	}
}

/** Why a timer is left out, as a sentence after "Der Timer „X“ wird ausgelassen:". */
function programWhy(b: ProgramBeyond): string {
	const L = PROGRAM_LIMITS;
	switch (b.code) {
		case 'title-missing':
			return 'Er hat keinen Namen, den Limber anzeigen kann';
		case 'title-long':
			return `Sein Name hat ${n(b.count)} Zeichen; Limber erlaubt Namen mit bis zu ${L.maxTitle} Zeichen`;
		case 'purpose-long':
			return `Seine Notizen haben ${n(b.count)} Zeichen; Limber erlaubt Notizen mit bis zu ${L.maxPurpose} Zeichen`;
		case 'phases-missing':
			return 'Er hat keine Phasen; ein Timer braucht mindestens eine';
		case 'phases-many':
			return `Er hat ${n(b.count)} Phasen; Limber erlaubt Timer mit bis zu ${L.maxPhases} Phasen`;
		case 'phase-length':
			return `Phase ${b.phase + 1} dauert ${formatLength('de', b.seconds * 1000)}; Limber erlaubt Phasen von 10 Sekunden bis 2 Stunden`;
		case 'phase-kind':
			return `Phase ${b.phase + 1} ist keine Art von Phase, die Limber kennt`;
		case 'rounds':
			return `Er hat ${n(b.value)} Durchgänge; Limber erlaubt ${L.minRounds} bis ${L.maxRounds} Durchgänge`;
	}
}

function why(record: LeftOutRecord): string {
	if (record.why.code === 'dated') return 'Das Datum liegt nach morgen';
	return record.kind === 'routines' ? routineWhy(record.why) : programWhy(record.why);
}

/** A routine or timer as the sentence names it: by its name when it shows one. */
function named(record: LeftOutRecord): string {
	if (record.kind === 'routines')
		return record.title === null
			? 'Eine eigene Routine'
			: `Die Routine „${nameToQuote(record.title)}“`;
	return record.title === null ? 'Ein eigener Timer' : `Der Timer „${nameToQuote(record.title)}“`;
}

/**
 * What is left out: settings, counted; each routine or timer by name with why (the first
 * three); records dated after tomorrow, counted; and, when that took more than one sentence,
 * how many records in all.
 */
function leftOut(out: LeftOut, done: boolean): string | null {
	const sentences: string[] = [];
	const aux = (n: number) => (done ? (n === 1 ? 'wurde' : 'wurden') : n === 1 ? 'wird' : 'werden');
	const verb = (n: number) => `${aux(n)} ausgelassen`;
	if (out.settings > 0)
		sentences.push(
			`${count('settings', out.settings)}, die Limber nicht verwenden kann, ${verb(out.settings)}.`
		);
	const records: string[] = [];
	for (const r of out.named.slice(0, NAMED_MAX)) records.push(`${named(r)} ${verb(1)}: ${why(r)}.`);
	const future = COUNTED.filter((kind) => (out.future[kind] ?? 0) > 0);
	const dated = future.reduce((sum, kind) => sum + (out.future[kind] ?? 0), 0);
	if (dated > 0)
		records.push(
			`${formatList(
				'de',
				future.map((k) => count(k, out.future[k] ?? 0))
			)} ${verb(dated)}: Das Datum liegt nach morgen.`
		);
	if (records.length > 1 || out.named.length > NAMED_MAX) {
		const counts = recordCounts(out);
		const total = counts.reduce((sum, [, n]) => sum + n, 0);
		const what = formatList(
			'de',
			counts.map(([k, n]) => count(k, n))
		);
		records.push(`Insgesamt ${aux(total)} ${what} ausgelassen.`);
	}
	sentences.push(...records);
	return sentences.length === 0 ? null : sentences.join(' ');
}

/** Why a backup file was refused, before "Es wurde nichts geändert." */
function refused(r: BackupRefusal): string {
	switch (r.problem) {
		case 'too-large':
			return `Diese Datei ist zu groß für eine Sicherung von Limber (die Grenze liegt bei ${size(r.maxBytes)}).`;
		case 'empty':
			return 'Diese Datei ist leer.';
		case 'not-limber':
			return 'Diese Datei ist keine Sicherung von Limber.';
		case 'damaged':
			return 'Diese Sicherung von Limber ist beschädigt und kann nicht wiederhergestellt werden.';
		case 'newer':
			return 'Diese Sicherung stammt aus einer neueren Version von Limber. Aktualisieren Sie die App (mit Verbindung neu laden) und versuchen Sie es dann erneut.';
		case 'too-many':
			return `Diese Sicherung enthält ${count(r.kind, r.count)}; Limber kann höchstens ${formatNumber('de', r.limit)} wiederherstellen.`;
		case 'invalid': {
			const bad = KINDS.filter((k) => (r.invalid[k] ?? 0) > 0);
			const what = formatList(
				'de',
				bad.map((k) => count(k, r.invalid[k] ?? 0))
			);
			return `Diese Sicherung kann nicht wiederhergestellt werden, weil sie beschädigte Einträge enthält: ${what}.`;
		}
		case 'nothing':
			return `Aus dieser Sicherung konnte nichts wiederhergestellt werden. ${leftOut(r.leftOut, true) ?? ''}`;
	}
}

const storage: Record<WriteProblem, string> = {
	quota:
		'Auf Ihrem Gerät ist kein Speicherplatz mehr frei. Geben Sie Platz frei und versuchen Sie es erneut.',
	unavailable:
		'Dieser Browser lässt Limber nichts speichern (privates Surfen oder Speicher ausgeschaltet).',
	failed: 'Limber konnte das nicht tun. Versuchen Sie es erneut.',
	invalid: 'Limber konnte das nicht tun. Versuchen Sie es erneut.',
	exists: 'Limber konnte das nicht tun. Versuchen Sie es erneut.'
};

function said(s: DataSaid): string {
	switch (s.code) {
		case 'exported': {
			const holds = lines(s.summary).join(', ') || 'noch nichts';
			return `${s.name} exportiert (${holds}). Sie finden die Datei in Ihren Downloads.`;
		}
		case 'csv':
			return `${s.name} exportiert (${count('sessions', s.sessions)}). Sie finden die Datei in Ihren Downloads.`;
		case 'read':
			return '';
		case 'restored': {
			const out = leftOut(s.leftOut, true);
			const note = s.persisted
				? ''
				: ' Das gilt nur für diesen Besuch, weil dieser Browser die Daten von Limber nicht speichert.';
			return restored(s.counts) + note + (out ? ` ${out}` : '');
		}
		case 'erased':
			return 'Alles, was Limber auf diesem Gerät gespeichert hat, wurde gelöscht.';
		case 'no-download':
			return 'Dieser Browser hat den Download nicht gestartet. Versuchen Sie es erneut oder exportieren Sie mit einem anderen Browser.';
		case 'unreadable':
			return 'Limber konnte diese Datei nicht lesen. Wählen Sie sie erneut aus oder nehmen Sie eine andere Kopie. Es wurde nichts geändert.';
		case 'too-large':
			return `Diese Datei ist zu groß für eine Sicherung von Limber (die Grenze liegt bei ${formatNumber('de', s.limitMb)} MB). Es wurde nichts geändert.`;
		case 'refused':
			return `${refused(s.refusal)} Es wurde nichts geändert.`;
		case 'storage':
			return `${storage[s.error]} Es wurde nichts geändert.`;
		case 'failed':
			return 'Etwas ist schiefgegangen. Es wurde nichts geändert. Bitte versuchen Sie es erneut.';
		case 'choose-first':
			return 'Wählen Sie zuerst eine Sicherungsdatei aus.';
	}
}

const size = (bytes: number) => {
	const mb = bytes / (1024 * 1024);
	return mb >= 1
		? `${formatNumber('de', Math.round(mb * 10) / 10)} MB`
		: `${formatNumber('de', Math.max(1, Math.round(bytes / 1024)))} KB`;
};

export default {
	title: 'Ihre Daten',
	uses: (bytes: number) => `Limber belegt etwa ${size(bytes)} auf diesem Gerät.`,
	usesUnknown: 'Dieser Browser gibt nicht an, wie viel Platz Limber belegt.',
	kept: 'Dieser Browser hat zugesagt, die Daten von Limber auch bei knappem Speicherplatz zu behalten.',
	mayClear:
		'Dieser Browser löscht die Daten von Limber womöglich, wenn der Speicherplatz knapp wird.',
	keepUnknown:
		'Dieser Browser gibt nicht an, ob er die Daten von Limber bei knappem Speicherplatz behält.',
	backUpNow: 'Exportieren Sie zur Sicherheit ab und zu eine Sicherung.',
	denied:
		'Der Browser hat vorerst nicht zugestimmt. Vielleicht später, zum Beispiel wenn Limber installiert ist.',
	ask: 'Browser bitten, die Daten zu behalten',
	exportTitle: 'Sichern und exportieren',
	exportText:
		'Eine Sicherung enthält Ihren Verlauf, Ihre Tageseinträge, eigene Routinen und Timer und Ihre Einstellungen in einer Datei, die Sie hier oder auf einem anderen Gerät wiederherstellen können. Die CSV-Datei listet Ihre Einheiten für eine Tabellenkalkulation oder eine Praxis auf.',
	exporting: 'Wird exportiert …',
	exportBackup: 'Sicherung exportieren',
	exportCsv: 'Verlauf als CSV exportieren',
	restoreTitle: 'Sicherung wiederherstellen',
	restoreText:
		'Beim Wiederherstellen kommt hinzu, was fehlt, und Änderungen, die nach dem Stand hier gemacht wurden. Eine neuere Änderung hier wird nie durch eine ältere ersetzt, nichts, was schon hier ist, wird gelöscht, und nichts ändert sich, bevor Sie bestätigen.',
	choose: 'Sicherungsdatei auswählen',
	restoreFile: (name: string) => `„${name}“ wiederherstellen?`,
	holds: 'Diese Sicherung enthält:',
	holdsNothing: 'Diese Sicherung enthält nichts zum Wiederherstellen.',
	count,
	range: (summary: BackupSummary, locale: string) => {
		if (summary.oldest === null || summary.newest === null) return '';
		const day = (d: string) => shortDate(d, locale);
		return summary.oldest === summary.newest
			? `Vom ${day(summary.oldest)}.`
			: `Vom ${day(summary.oldest)} bis ${day(summary.newest)}.`;
	},
	csv: {
		header: [
			'Datum',
			'Uhrzeit',
			'Was',
			'Minuten',
			'Abgeschlossen',
			'Schmerzen vorher',
			'Schmerzen nachher',
			'Notiz'
		],
		yes: 'ja',
		no: 'nein'
	},
	leftOut: (out: LeftOut) => leftOut(out, false) ?? '',
	restoring: 'Wird wiederhergestellt …',
	restore: 'Wiederherstellen',
	cancel: 'Abbrechen',
	eraseTitle: 'Alles löschen',
	eraseText:
		'Entfernt alle Ihre Einheiten, Tageseinträge, eigenen Routinen und Timer und Einstellungen von diesem Gerät.',
	eraseAll: 'Alle Daten löschen …',
	eraseQuestion: 'Alle Daten löschen?',
	eraseWarning:
		'Damit wird alles entfernt, was Limber auf diesem Gerät speichert. Das lässt sich nicht rückgängig machen. Exportieren Sie vorher eine Sicherung, falls Sie die Daten noch brauchen könnten.',
	exportFirst: 'Vorher Sicherung exportieren',
	erase: 'Alles löschen',
	said
} satisfies Messages<typeof en>;
