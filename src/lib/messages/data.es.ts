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
import { shortDay } from '$lib/core/calendar';
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
	sessions: { one: '# sesión', other: '# sesiones' },
	journal: { one: '# registro del día', other: '# registros del día' },
	routines: { one: '# rutina propia', other: '# rutinas propias' },
	programs: { one: '# temporizador propio', other: '# temporizadores propios' },
	episodes: { one: '# episodio', other: '# episodios' },
	settings: { one: '# ajuste', other: '# ajustes' }
};
const added: Record<Kind, PluralForms> = {
	sessions: { one: '# sesión añadida', other: '# sesiones añadidas' },
	journal: { one: '# registro del día añadido', other: '# registros del día añadidos' },
	routines: { one: '# rutina propia añadida', other: '# rutinas propias añadidas' },
	programs: { one: '# temporizador propio añadido', other: '# temporizadores propios añadidos' },
	episodes: { one: '# episodio añadido', other: '# episodios añadidos' },
	settings: { one: '# ajuste añadido', other: '# ajustes añadidos' }
};
const updated: Record<Kind, PluralForms> = {
	sessions: { one: '# sesión actualizada', other: '# sesiones actualizadas' },
	journal: { one: '# registro del día actualizado', other: '# registros del día actualizados' },
	routines: { one: '# rutina propia actualizada', other: '# rutinas propias actualizadas' },
	programs: {
		one: '# temporizador propio actualizado',
		other: '# temporizadores propios actualizados'
	},
	episodes: { one: '# episodio actualizado', other: '# episodios actualizados' },
	settings: { one: '# ajuste actualizado', other: '# ajustes actualizados' }
};
const count = (kind: Kind, n: number) => plural('es', n, nouns[kind]);

function lines(summary: BackupSummary): string[] {
	return KINDS.filter((kind) => summary[kind] > 0).map((kind) => count(kind, summary[kind]));
}

function restored(counts: ImportCounts): string {
	const parts: string[] = [];
	for (const kind of KINDS) {
		const c = counts[kind];
		if (c.added > 0) parts.push(plural('es', c.added, added[kind]));
		if (c.updated > 0) parts.push(plural('es', c.updated, updated[kind]));
	}
	const kept = KINDS.reduce((sum, kind) => sum + counts[kind].kept, 0);
	const builtIn = KINDS.reduce((sum, kind) => sum + counts[kind].builtIn, 0);
	const notes =
		(kept === 0
			? ''
			: kept === 1
				? ' Un elemento era más reciente en este dispositivo y se dejó como estaba.'
				: ` ${kept} elementos eran más recientes en este dispositivo y se dejaron como estaban.`) +
		(builtIn === 0
			? ''
			: builtIn === 1
				? ' Una rutina o un temporizador tiene el nombre de uno que viene con Limber, así que se mantuvo el de Limber.'
				: ` ${builtIn} rutinas o temporizadores tienen el nombre de uno que viene con Limber, así que se mantuvieron los de Limber.`);
	return parts.length === 0
		? `Todo lo de esta copia de seguridad ya estaba aquí; no hizo falta cambiar nada.${notes}`
		: `Restaurado: ${formatList('es', parts)}.${notes}`;
}

/** As typed in the file: no grouping ("3600 segundos"), the decimal comma ("12,5"). */
const plain = new Intl.NumberFormat('es', { useGrouping: false, maximumFractionDigits: 3 });
const n = (value: number) => plain.format(value);

/** Why a routine is left out, after "Se dejará fuera la rutina “X”:". */
function routineWhy(b: RoutineBeyond): string {
	const L = ROUTINE_LIMITS;
	switch (b.code) {
		case 'title-missing':
			return 'no tiene un nombre que Limber pueda mostrar';
		case 'title-long':
			return `su nombre tiene ${n(b.count)} caracteres y Limber admite nombres de hasta ${L.titleMax}`;
		case 'purpose-long':
			return `sus notas tienen ${n(b.count)} caracteres y Limber admite notas de hasta ${L.purposeMax}`;
		case 'steps-missing':
			return 'no tiene pasos y una rutina necesita al menos uno';
		case 'steps-many':
			return `tiene ${n(b.count)} pasos y Limber admite rutinas de hasta ${L.stepsMax} pasos`;
		case 'exercise-unknown':
			return `el paso ${b.step + 1} es un ejercicio que no está en la biblioteca de Limber`;
		case 'hold':
			return `en el paso ${b.step + 1} se mantiene la postura ${n(b.value)} segundos y Limber admite de ${L.holdSeconds.min} a ${L.holdSeconds.max} segundos enteros`;
		case 'reps':
			return `el paso ${b.step + 1} tiene ${n(b.value)} repeticiones y Limber admite de ${L.reps.min} a ${L.reps.max}`;
		case 'seconds-per-rep':
			return `en el paso ${b.step + 1} cada repetición dura ${n(b.value)} segundos y Limber admite de ${L.secondsPerRep.min} a ${L.secondsPerRep.max} segundos enteros`;
		case 'rest':
			return `en el paso ${b.step + 1} se descansa ${n(b.value)} segundos y Limber admite descansos de ${L.restSeconds.min} a ${L.restSeconds.max} segundos enteros`;
	}
}

/** Why a timer is left out, after "Se dejará fuera el temporizador “X”:". */
function programWhy(b: ProgramBeyond): string {
	const L = PROGRAM_LIMITS;
	switch (b.code) {
		case 'title-missing':
			return 'no tiene un nombre que Limber pueda mostrar';
		case 'title-long':
			return `su nombre tiene ${n(b.count)} caracteres y Limber admite nombres de hasta ${L.maxTitle}`;
		case 'purpose-long':
			return `sus notas tienen ${n(b.count)} caracteres y Limber admite notas de hasta ${L.maxPurpose}`;
		case 'phases-missing':
			return 'no tiene fases y un temporizador necesita al menos una';
		case 'phases-many':
			return `tiene ${n(b.count)} fases y Limber admite temporizadores de hasta ${L.maxPhases} fases`;
		case 'phase-length':
			return `la fase ${b.phase + 1} dura ${formatLength('es', b.seconds * 1000)} y Limber admite fases de 10 segundos a 2 horas`;
		case 'phase-kind':
			return `la fase ${b.phase + 1} no es un tipo de fase que Limber conozca`;
		case 'rounds':
			return `tiene ${n(b.value)} rondas y Limber admite de ${L.minRounds} a ${L.maxRounds} rondas`;
	}
}

function why(record: LeftOutRecord): string {
	if (record.why.code === 'dated') return 'tiene fecha posterior a mañana';
	return record.kind === 'routines' ? routineWhy(record.why) : programWhy(record.why);
}

/** A routine or timer as the sentence names it: by its name when it shows one. */
function named(record: LeftOutRecord): string {
	if (record.kind === 'routines')
		return record.title === null ? 'una rutina propia' : `la rutina “${nameToQuote(record.title)}”`;
	return record.title === null
		? 'un temporizador propio'
		: `el temporizador “${nameToQuote(record.title)}”`;
}

/**
 * What is left out: settings, counted; each routine or timer by name with why (the first
 * three); records dated after tomorrow, counted; and, when that took more than one sentence,
 * how many records in all.
 */
function leftOut(out: LeftOut, done: boolean): string | null {
	const sentences: string[] = [];
	const later = (n: number) =>
		done
			? n === 1
				? 'Se dejó fuera'
				: 'Se dejaron fuera'
			: n === 1
				? 'Se dejará fuera'
				: 'Se dejarán fuera';
	if (out.settings > 0)
		sentences.push(
			`${later(out.settings)} ${count('settings', out.settings)} que Limber no puede usar.`
		);
	const records: string[] = [];
	for (const r of out.named.slice(0, NAMED_MAX))
		records.push(`${later(1)} ${named(r)}: ${why(r)}.`);
	const future = COUNTED.filter((kind) => (out.future[kind] ?? 0) > 0);
	const dated = future.reduce((sum, kind) => sum + (out.future[kind] ?? 0), 0);
	if (dated > 0)
		records.push(
			`${later(dated)} ${formatList(
				'es',
				future.map((k) => count(k, out.future[k] ?? 0))
			)}: ${dated === 1 ? 'tiene' : 'tienen'} fecha posterior a mañana.`
		);
	if (records.length > 1 || out.named.length > NAMED_MAX) {
		const counts = recordCounts(out);
		const total = counts.reduce((sum, [, n]) => sum + n, 0);
		const what = formatList(
			'es',
			counts.map(([k, n]) => count(k, n))
		);
		const left = done
			? total === 1
				? 'se dejó fuera'
				: 'se dejaron fuera'
			: total === 1
				? 'se dejará fuera'
				: 'se dejarán fuera';
		records.push(`En total, ${left} ${what}.`);
	}
	sentences.push(...records);
	return sentences.length === 0 ? null : sentences.join(' ');
}

/** Why a backup file was refused, before "Todo sigue como estaba." */
function refused(r: BackupRefusal): string {
	switch (r.problem) {
		case 'too-large':
			return `Este archivo es demasiado grande para ser una copia de seguridad de Limber (el límite es ${size(r.maxBytes)}).`;
		case 'empty':
			return 'Este archivo está vacío.';
		case 'not-limber':
			return 'Este archivo no es una copia de seguridad de Limber.';
		case 'damaged':
			return 'Esta copia de seguridad de Limber está dañada y no se puede restaurar.';
		case 'newer':
			return 'Esta copia de seguridad se hizo con una versión más nueva de Limber. Actualiza la app (recárgala con conexión) y vuelve a intentarlo.';
		case 'too-many':
			return `Esta copia de seguridad contiene ${count(r.kind, r.count)}, y Limber puede restaurar como máximo ${formatNumber('es', r.limit)}.`;
		case 'invalid': {
			const bad = KINDS.filter((k) => (r.invalid[k] ?? 0) > 0);
			return `Esta copia de seguridad no se puede restaurar porque contiene datos dañados: ${formatList(
				'es',
				bad.map((k) => count(k, r.invalid[k] ?? 0))
			)}.`;
		}
		case 'nothing':
			return `No se pudo restaurar nada de esta copia de seguridad. ${leftOut(r.leftOut, true) ?? ''}`;
	}
}

const storage: Record<WriteProblem, string> = {
	quota: 'Tu dispositivo no tiene espacio libre. Libera espacio y vuelve a intentarlo.',
	unavailable:
		'Este navegador no deja que Limber guarde nada (navegación privada o almacenamiento desactivado).',
	failed: 'Limber no pudo hacerlo. Vuelve a intentarlo.',
	invalid: 'Limber no pudo hacerlo. Vuelve a intentarlo.',
	exists: 'Limber no pudo hacerlo. Vuelve a intentarlo.'
};

function said(s: DataSaid): string {
	switch (s.code) {
		case 'exported': {
			const holds = lines(s.summary).join(', ') || 'nada todavía';
			return `Exportado ${s.name} (${holds}). Lo encontrarás en tus descargas.`;
		}
		case 'csv':
			return `Exportado ${s.name} (${count('sessions', s.sessions)}). Lo encontrarás en tus descargas.`;
		case 'read':
			return '';
		case 'restored': {
			const out = leftOut(s.leftOut, true);
			const note = s.persisted
				? ''
				: ' Solo se guarda durante esta visita, porque este navegador no está guardando los datos de Limber.';
			return restored(s.counts) + note + (out ? ` ${out}` : '');
		}
		case 'erased':
			return 'Se ha borrado todo lo que Limber guardaba en este dispositivo.';
		case 'no-download':
			return 'Este navegador no inició la descarga. Vuelve a intentarlo o usa otro navegador para exportar.';
		case 'unreadable':
			return 'Limber no pudo leer este archivo. Vuelve a elegirlo o prueba con otra copia. Todo sigue como estaba.';
		case 'too-large':
			return `Este archivo es demasiado grande para ser una copia de seguridad de Limber (el límite es ${formatNumber('es', s.limitMb)} MB). Todo sigue como estaba.`;
		case 'refused':
			return `${refused(s.refusal)} Todo sigue como estaba.`;
		case 'storage':
			return `${storage[s.error]} Todo sigue como estaba.`;
		case 'failed':
			return 'Algo salió mal. Todo sigue como estaba; vuelve a intentarlo.';
		case 'choose-first':
			return 'Primero elige un archivo de copia de seguridad.';
	}
}

const size = (bytes: number) => {
	const mb = bytes / (1024 * 1024);
	return mb >= 1
		? `${formatNumber('es', Math.round(mb * 10) / 10)} MB`
		: `${formatNumber('es', Math.max(1, Math.round(bytes / 1024)))} KB`;
};

export default {
	title: 'Tus datos',
	uses: (bytes: number) => `Limber usa unos ${size(bytes)} en este dispositivo.`,
	usesUnknown: 'Este navegador no indica cuánto espacio usa Limber.',
	kept: 'Este navegador aceptó conservar los datos de Limber aunque el dispositivo se quede sin espacio.',
	mayClear:
		'Este navegador puede borrar los datos de Limber si el dispositivo se queda sin espacio.',
	keepUnknown: 'Este navegador no indica si conservará los datos de Limber cuando falte espacio.',
	backUpNow: 'Exporta una copia de seguridad de vez en cuando, por si acaso.',
	denied:
		'El navegador no lo ha aceptado por ahora. Puede que lo haga más adelante, por ejemplo cuando instales Limber.',
	ask: 'Pedir al navegador que los conserve',
	exportTitle: 'Copia de seguridad y exportación',
	exportText:
		'Una copia de seguridad guarda tu historial, tus registros del día, tus rutinas y temporizadores propios y tus ajustes en un solo archivo, que puedes restaurar aquí o en otro dispositivo. El archivo CSV enumera tus sesiones para una hoja de cálculo o un profesional de la salud.',
	exporting: 'Exportando…',
	exportBackup: 'Exportar copia de seguridad',
	exportCsv: 'Exportar el historial como CSV',
	restoreTitle: 'Restaurar una copia de seguridad',
	restoreText:
		'Al restaurar se añade lo que falta y se traen los cambios hechos después de la copia que hay aquí. Un cambio más reciente hecho aquí nunca se sustituye por uno más antiguo, no se borra nada de lo que ya hay y nada cambia hasta que lo confirmes.',
	choose: 'Elegir un archivo de copia de seguridad',
	restoreFile: (name: string) => `¿Restaurar “${name}”?`,
	holds: 'Esta copia de seguridad contiene:',
	holdsNothing: 'Esta copia de seguridad no contiene nada que restaurar.',
	count,
	range: (summary: BackupSummary, locale: string) => {
		if (summary.oldest === null || summary.newest === null) return '';
		const day = (d: string) => `${shortDay(d, locale)} de ${d.slice(0, 4)}`;
		return summary.oldest === summary.newest
			? `Del ${day(summary.oldest)}.`
			: `Del ${day(summary.oldest)} al ${day(summary.newest)}.`;
	},
	csv: {
		header: [
			'Fecha',
			'Hora',
			'Qué',
			'Minutos',
			'Completada',
			'Dolor antes',
			'Dolor después',
			'Nota'
		],
		yes: 'sí',
		no: 'no'
	},
	leftOut: (out: LeftOut) => leftOut(out, false) ?? '',
	restoring: 'Restaurando…',
	restore: 'Restaurar',
	cancel: 'Cancelar',
	eraseTitle: 'Borrar todo',
	eraseText:
		'Elimina de este dispositivo todas tus sesiones, registros del día, rutinas y temporizadores propios y ajustes.',
	eraseAll: 'Borrar todos los datos…',
	eraseQuestion: '¿Borrar todos los datos?',
	eraseWarning:
		'Esto elimina todo lo que Limber guarda en este dispositivo y no se puede deshacer. Si quizá lo quieras recuperar, exporta antes una copia de seguridad.',
	exportFirst: 'Exportar antes una copia de seguridad',
	erase: 'Borrar todo',
	said
} satisfies Messages<typeof en>;
