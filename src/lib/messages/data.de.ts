import type { Messages } from '$lib/i18n/catalog';
import type { BackupProblem, BackupSummary, ImportCounts } from '$lib/core/backup';
import type { DataSaid, WriteProblem } from '$lib/core/data-transfer';
import { DATED_AFTER_TOMORROW, type LeftOut } from '$lib/core/left-out';
import { shortDate } from '$lib/core/calendar';
import { formatList, formatNumber, plural, type PluralForms } from '$lib/i18n/format';
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

function leftOut(out: LeftOut, done: boolean): string | null {
	const sentences: string[] = [];
	const verb = (n: number) =>
		done
			? n === 1
				? 'wurde ausgelassen'
				: 'wurden ausgelassen'
			: n === 1
				? 'wird ausgelassen'
				: 'werden ausgelassen';
	if (out.settings > 0)
		sentences.push(
			`${count('settings', out.settings)}, die Limber nicht verwenden kann, ${verb(out.settings)}.`
		);
	const dated = (r: LeftOut['named'][number]) => r.why === `it is ${DATED_AFTER_TOMORROW}`;
	const beyond = out.named.filter((r) => !dated(r));
	const limits = (['routines', 'programs'] as const)
		.map((kind) => [kind, beyond.filter((r) => r.kind === kind).length] as const)
		.filter(([, n]) => n > 0);
	if (beyond.length > 0)
		sentences.push(
			`${formatList(
				'de',
				limits.map(([k, n]) => count(k, n))
			)} ${verb(beyond.length)}: Das geht über die Grenzen des Editors von Limber hinaus.`
		);
	const future: [Kind, number][] = (
		[
			['sessions', out.future.sessions ?? 0],
			['journal', out.future.journal ?? 0],
			['routines', out.named.filter((r) => dated(r) && r.kind === 'routines').length],
			['programs', out.named.filter((r) => dated(r) && r.kind === 'programs').length],
			['episodes', out.future.episodes ?? 0]
		] as [Kind, number][]
	).filter(([, n]) => n > 0);
	const datedTotal = future.reduce((sum, [, n]) => sum + n, 0);
	if (datedTotal > 0)
		sentences.push(
			`${formatList(
				'de',
				future.map(([k, n]) => count(k, n))
			)} ${verb(datedTotal)}: Das Datum liegt nach morgen.`
		);
	return sentences.length === 0 ? null : sentences.join(' ');
}

const problems: Record<BackupProblem, string> = {
	'too-large': 'Diese Datei ist zu groß für eine Sicherung von Limber.',
	empty: 'Diese Datei ist leer.',
	'not-limber': 'Diese Datei ist keine Sicherung von Limber.',
	damaged: 'Diese Sicherung von Limber ist beschädigt und kann nicht wiederhergestellt werden.',
	newer:
		'Diese Sicherung stammt aus einer neueren Version von Limber. Aktualisieren Sie die App (mit Verbindung neu laden) und versuchen Sie es dann erneut.',
	'too-many': 'Diese Sicherung enthält mehr Einträge, als Limber wiederherstellen kann.',
	invalid: 'Diese Sicherung kann nicht wiederhergestellt werden: Einige Einträge sind beschädigt.',
	nothing: 'Aus dieser Sicherung konnte nichts wiederhergestellt werden.'
};

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
			return `${problems[s.problem]} Es wurde nichts geändert.`;
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
