import type { Messages } from '$lib/i18n/catalog';
import { formatNumber, plural } from '$lib/i18n/format';
import type { InsightSubject } from '$lib/core/insights';
import type { PainFacts, WeekFacts, WeekMinutes } from '$lib/core/history-stats';
import { weekAmount } from '$lib/core/history-stats';
import { NUMBNESS_PLACES, type JournalEntry } from '$lib/core/model';
import type en from './history.en';

const minutes = (n: number) => plural('es', n, { one: '# minuto', other: '# minutos' });
const weekText = (w: WeekMinutes) => {
	const { unit, n } = weekAmount(w);
	return unit === 'second'
		? plural('es', n, { one: '# segundo', other: '# segundos' })
		: minutes(n);
};
const after = {
	ice: 'Después del hielo',
	heat: 'Después del calor',
	relax: 'Después del descanso',
	walk: 'Después de un paseo',
	contrast: 'Después del contraste (hielo y calor)'
};
const places = {
	saddle: 'entre las piernas, glúteos, ano o cara interna de los muslos',
	'both-legs': 'en las dos piernas',
	'one-leg': 'por una pierna'
};

function signs(entry: JournalEntry): string {
	const where = NUMBNESS_PLACES.filter((p) => entry.numbnessWhere?.includes(p)).map(
		(p) => places[p]
	);
	const numbness = !entry.numbness
		? 'sin adormecimiento ni hormigueo'
		: where.length
			? `adormecimiento u hormigueo: ${where.join('; ')}`
			: 'adormecimiento u hormigueo';
	const bladder =
		entry.bladderBowel === undefined
			? ''
			: `; ${entry.bladderBowel ? 'problemas nuevos con la vejiga o el intestino' : 'sin problemas con la vejiga ni el intestino'}`;
	const severe = entry.severe ? '; dolor tan fuerte que cuesta pensar, dormir o moverse' : '';
	return numbness + bladder + severe;
}

export default {
	title: 'Historial',
	description:
		'Tus sesiones, tus registros del día y tu dolor a lo largo del tiempo, guardados solo en este dispositivo.',
	report: 'Informe para tu médico',
	glance: {
		streak: 'Racha actual',
		streakDays: (n: number) => plural('es', n, { one: '# día', other: '# días' }),
		week: 'Esta semana',
		sessions: 'Sesiones'
	},
	streakNote:
		'Una racha cuenta los días seguidos con una sesión o un registro del día. Para guardar una copia de todo o compartirla con un profesional de la salud, ve a {link}.',
	yourData: 'Tus datos',
	deleted: 'Sesión eliminada',
	episodes: {
		title: 'Episodios',
		none: 'Un episodio empieza cuando te da un espasmo en la espalda y tocas “¿Te acaba de dar un espasmo en la espalda?” en Hoy, o cuando anotas espasmos en el registro del día. Cada episodio aparece aquí.',
		span: (from: string, to: string) => `Del ${from} al ${to}`,
		open: (from: string) => `Desde el ${from}, aún abierto`,
		days: (n: number) => plural('es', n, { one: '# día', other: '# días' }),
		noPain: 'Sin dolor anotado',
		painSame: (pain: number) => `Dolor ${pain} todo el tiempo`,
		painChange: (first: number, last: number) => `Dolor ${first} → ${last}`,
		usedMost: (items: readonly { title: string; count: number }[]) =>
			`Lo más usado: ${items.map((m) => `${m.title} (${m.count})`).join(', ')}`,
		reportFor: (day: string) => ` del ${day}`
	},
	sessions: {
		title: 'Sesiones',
		loading: 'Cargando tus sesiones…',
		none: 'Aún no hay sesiones. Cada rutina de estiramientos y cada temporizador que terminas o detienes se guarda aquí, solo en este dispositivo, con el tiempo que dedicaste y cómo sentías la espalda.',
		start: 'Empezar una rutina',
		more: 'Mostrar más',
		loadingMore: 'Cargando…',
		today: 'Hoy',
		yesterday: 'Ayer'
	},
	session: {
		name: (title: string, time: string) => `${title} a las ${time}`,
		completed: 'Completada',
		stopped: 'Detenida antes de terminar',
		painBoth: (before: number, after: number) => `Dolor ${before} → ${after}`,
		painBothLabel: (before: number, after: number) => `Dolor ${before} antes, ${after} después`,
		painBefore: (before: number) => `Dolor ${before} antes`,
		painAfter: (after: number) => `Dolor ${after} después`,
		noteFor: (name: string) => `Nota de ${name}`,
		saveNote: 'Guardar nota',
		cancel: 'Cancelar',
		editNote: 'Editar nota',
		addNote: 'Añadir nota',
		editNoteFor: (name: string) => `Editar la nota de ${name}`,
		addNoteFor: (name: string) => `Añadir una nota a ${name}`,
		remove: 'Eliminar',
		removeName: (name: string) => `Eliminar ${name}`,
		gone: 'Esta sesión ya no está en tu historial.',
		notBack: (title: string, why: string) => `No se pudo recuperar “${title}”. ${why}`
	},
	calendar: {
		previous: 'Mes anterior',
		next: 'Mes siguiente',
		sessions: (n: number, length: string) =>
			`${plural('es', n, { one: '# sesión', other: '# sesiones' })}, ${length}`,
		pain: (pain: number) => `dolor ${pain}`,
		numbness: 'adormecimiento u hormigueo',
		nothing: 'nada registrado',
		today: 'hoy',
		yesterday: 'ayer',
		cell: (month: string, day: string, what: readonly string[]) =>
			`${month}, ${day}: ${what.join('; ')}`,
		legendSession: 'una sesión',
		legendPain: 'dolor anotado en el registro del día',
		legendNumbness: 'adormecimiento u hormigueo',
		numbnessMark: 'A',
		daySessions: (n: number, length: string, titles: readonly string[]) =>
			`${plural('es', n, { one: '# sesión', other: '# sesiones' })}, ${length}: ${titles.join(', ')}.`,
		checkIn: (entry: JournalEntry) =>
			`Registro del día: dolor ${entry.pain} de 10; ${entry.spasms ? 'espasmos' : 'sin espasmos'}; ${signs(entry)}; ${plural('es', entry.water, { one: '# vaso', other: '# vasos' })} de agua.`,
		nothingOnDay: 'No hay nada registrado este día.'
	},
	weekly: {
		title: 'Tiempo por semana',
		axis: 'Min',
		weekStarting: 'Semana que empieza el',
		time: 'Tiempo',
		caption: (facts: WeekFacts): string => {
			switch (facts.kind) {
				case 'none':
					return 'No hay semanas que mostrar.';
				case 'one':
					return `Esta semana, hasta ahora: ${weekText(facts.current)}.`;
				case 'quiet':
					return `No hay tiempo de sesiones en las últimas ${facts.weeks} semanas.`;
				case 'many':
					return `Esta semana, hasta ahora: ${weekText(facts.current)}. En las últimas ${facts.weeks} semanas: ${minutes(facts.total)} en total, unos ${minutes(facts.average)} por semana.`;
			}
		}
	},
	pain: {
		title: 'Dolor a lo largo del tiempo',
		axis: 'Dolor',
		checkIn: 'Registro del día',
		before: 'Antes de una sesión',
		after: 'Después',
		table: 'Dolor, de 0 a 10, del registro del día y de antes y después de las sesiones',
		day: 'Día',
		pain: 'Dolor',
		inCheckIn: (pain: number) => `${pain} en el registro del día`,
		notRated: 'sin valorar',
		rated: (title: string, before: string, after: string) =>
			`${title}: ${before} antes, ${after} después`,
		caption: (facts: PainFacts, dayName: (day: string) => string): string => {
			const span = `los últimos ${facts.days} días`;
			if (facts.kind === 'none') return `No se anotó ningún dolor en ${span}.`;
			if (facts.kind === 'one')
				return `Se anotó dolor 1 día en ${span}: ${facts.latest.pain} de 10 el ${dayName(facts.latest.date)}.`;
			return `Se anotó dolor ${plural('es', facts.logged, { one: '# día', other: '# días' })} en ${span}, ${formatNumber('es', facts.average)} de 10 en promedio. El más alto: ${facts.highest.pain} el ${dayName(facts.highest.date)}. El último: ${facts.latest.pain} el ${dayName(facts.latest.date)}.`;
		}
	},
	insights: {
		title: 'Lo que muestran tus valoraciones',
		about:
			'Según el dolor que anotaste antes y después de tus sesiones. Describe tus propios registros; no es un consejo médico.',
		none: (n: number) =>
			`Anota tu dolor antes y después de tus sesiones. Cuando ${n} sesiones del mismo tipo tengan las dos valoraciones, verás aquí cómo tendió a cambiar tu dolor.`,
		change: (subject: InsightSubject, change: number, sessions: number): string => {
			const what =
				subject.kind === 'routine'
					? `Después de la rutina “${subject.title}”`
					: after[subject.activity];
			const size = Math.abs(change);
			const how =
				size === 0
					? 'tu dolor quedó más o menos igual que antes'
					: `tu dolor fue en promedio ${plural('es', size, { one: '# punto', other: '# puntos' })} más ${change < 0 ? 'bajo' : 'alto'}`;
			return `${what}, ${how} (${sessions} sesiones).`;
		}
	}
} satisfies Messages<typeof en>;
