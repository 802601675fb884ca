import type { Messages } from '$lib/i18n/catalog';
import type { SignQuestion } from '$lib/core/episode-report';
import { NUMBNESS_PLACES, type NumbnessWhere } from '$lib/core/model';
import { plural } from '$lib/i18n/format';
import type en from './report.en';

const places: Record<NumbnessWhere, string> = {
	saddle: 'entre las piernas, glúteos, ano o cara interna de los muslos',
	'both-legs': 'en las dos piernas',
	'one-leg': 'por una pierna'
};
const where = (ticked: readonly NumbnessWhere[]) =>
	NUMBNESS_PLACES.filter((p) => ticked.includes(p)).map((p) => places[p]);

const questions: Record<SignQuestion, string> = {
	saddle: `Adormecimiento u hormigueo: ${places.saddle}`,
	'both-legs': `Adormecimiento u hormigueo: ${places['both-legs']}`,
	'one-leg': `Adormecimiento u hormigueo: ${places['one-leg']}`,
	'bladder-bowel': 'Problemas nuevos con la vejiga o el intestino',
	severe: 'Dolor tan fuerte que cuesta pensar, dormir o moverse'
};

export default {
	title: 'Informe para tu médico',
	description:
		'Un resumen imprimible de un episodio de espasmos en la espalda: registros del día, dolor y lo que probaste. Se hace en tu dispositivo.',
	back: '← Historial',
	intro:
		'Una página para enseñar a tu médico o fisioterapeuta: tus registros del día, tu dolor y lo que probaste durante un episodio de espasmos. Se hace en este dispositivo y no se envía a ningún sitio; imprímela o guárdala como PDF desde el cuadro de impresión.',
	none: 'Aún no hay ningún episodio. Uno empieza cuando tocas “¿Te acaba de dar un espasmo en la espalda?” en Hoy o anotas espasmos en el registro del día.',
	episode: 'Episodio',
	option: (from: string, to: string) => `Del ${from} al ${to}`,
	optionOpen: (from: string) => `Desde el ${from}, aún abierto`,
	name: 'Nombre',
	print: 'Imprimir o guardar como PDF',
	heading: 'Episodio de espasmos en la parte baja de la espalda',
	printed: (date: string) => `Impreso el ${date}`,
	started: 'Empezó',
	ended: 'Terminó',
	now: 'Ahora',
	endedOn: (day: string, quiet: boolean) =>
		`${day} (${quiet ? 'una semana sin espasmos' : 'se calmó'})`,
	going: (day: number) => `sigue abierto, día ${day}`,
	checkIns: 'Registros del día',
	checkInDays: (logged: number, days: number) => `${logged} de ${days} días`,
	signsTitle: 'Señales de alarma en los registros del día',
	signsIntro:
		'Las preguntas sobre señales de alarma del registro del día, tal como se respondieron:',
	signQuestion: (q: SignQuestion) => questions[q],
	signAnswer: (yesDays: readonly string[], no: number): string => {
		if (yesDays.length === 0)
			return no === 0
				? 'no se preguntó'
				: no === 1
					? 'no, en el único registro'
					: `no, en los ${no} registros`;
		const yes = `sí, el ${yesDays.join(', ')}`;
		return no === 0
			? yes
			: `${yes}; no en ${plural('es', no, { one: '# registro', other: '# registros' })}`;
	},
	unplaced: (days: readonly string[]) =>
		`Adormecimiento u hormigueo sin sitio anotado (anotado antes de que el registro preguntara dónde): ${days.join(', ')}.`,
	daysTitle: 'Día a día',
	day: 'Día',
	date: 'Fecha',
	pain: 'Dolor',
	spasms: 'Espasmos',
	numbness: 'Adormecimiento u hormigueo',
	note: 'Nota',
	painOf: (pain: number) => `${pain}/10`,
	yes: 'Sí',
	no: 'No',
	yesAt: (ticked: readonly NumbnessWhere[]) => `Sí: ${where(ticked).join('; ')}`,
	yesUnplaced: 'Sí, sin sitio anotado',
	noCheckIn: 'Sin registro',
	painTitle: 'Dolor durante el episodio',
	triedTitle: 'Lo que se probó',
	noneTried: 'No se registró ninguna sesión durante este episodio.',
	when: 'Cuándo',
	what: 'Qué',
	time: 'Tiempo',
	painBefore: 'Dolor antes',
	painAfter: 'Dolor después',
	at: (day: string, time: string) => `${day}, ${time}`,
	stopped: (title: string) => `${title} (detenida antes de terminar)`,
	footer: 'Hecho con Limber a partir de los registros de la propia persona.'
} satisfies Messages<typeof en>;
