import type { Messages } from '$lib/i18n/catalog';
import { plural } from '$lib/i18n/format';
import { KEEP_UP_GOAL, KEEP_UP_WEEKS } from '$lib/core/keep-up';
import type en from './episode.en';
import type { DayName } from './episode.en';

const dayName = (d: DayName) =>
	d.kind === 'today' ? 'hoy' : d.kind === 'yesterday' ? 'ayer' : `el ${d.name}`;

export default {
	items: {
		position: {
			title: 'Ponte en una postura cómoda para descansar',
			text: 'Una guía para llegar a una postura cómoda desde donde estés. Después, descansa y respira despacio.',
			action: 'Empezar'
		},
		'check-signs': {
			title: 'Revisar las señales de alarma',
			text: 'Unas pocas preguntas de sí o no: te dicen si algo necesita un médico, y en cuánto tiempo.',
			action: 'Revisar las señales'
		},
		cold: {
			title: 'Frío durante 20 minutos',
			text: 'Una bolsa de hielo envuelta en un paño. Después, 20 minutos sin ella para que la piel recupere su temperatura.',
			action: 'Empezar Hielo 20'
		},
		heat: {
			title: 'Calor durante 20 minutos',
			text: 'El calor puede relajar los músculos tensos cuando el frío no ha ayudado. Usa un paño y no te duermas encima.',
			action: 'Empezar Calor 20'
		},
		breathe: {
			title: 'Una sesión de respiración tranquila',
			text: 'Respiraciones lentas, boca arriba o de lado, para que los músculos se suelten.',
			action: 'Empezar'
		},
		'check-in': {
			title: 'Haz hoy el registro del día',
			text: 'Dolor, espasmos y todo lo demás: así ves cómo van cambiando las cosas.',
			action: 'Ir al registro'
		},
		'stretch-lying': {
			title: 'Estiramientos suaves, boca arriba o de lado',
			text: 'Movimientos pequeños y lentos boca arriba o de lado, con muchos descansos. Para si algo te produce un dolor punzante.',
			action: 'Empezar'
		},
		stretch: {
			title: 'Estiramientos suaves',
			text: 'Con la postura del niño como base. Muévete despacio y para si algo te produce un dolor punzante.',
			action: 'Empezar'
		},
		mobility: {
			title: 'Movilidad suave',
			text: 'Movimientos fáciles para que la espalda vuelva a moverse como de costumbre.',
			action: 'Empezar'
		},
		'walk-and-stretch': {
			title: 'Un paseo con unos estiramientos',
			text: 'De vuelta a tu día normal, paso a paso.',
			action: 'Empezar'
		},
		'pain-relief': {
			title: 'Analgésicos, si los tomas',
			text: 'Un analgésico sin receta puede aliviar el dolor y la inflamación. Sigue lo que dice el prospecto, y pregunta antes en la farmacia si estás embarazada, tienes otras enfermedades o tomas otros medicamentos.',
			action: 'Sobre los analgésicos'
		},
		'everyday-early': {
			title: 'Movimientos del día a día con menos esfuerzo',
			text: 'Toser, ir al baño, vestirte y subir a un auto: pequeños cambios que cuidan tu espalda.',
			action: 'Movimientos del día a día'
		},
		everyday: {
			title: 'Volver a lo de cada día',
			text: 'Vuelve poco a poco a tus actividades de siempre. Una molestia que luego se calma no es un problema.',
			action: 'Movimientos del día a día'
		},
		'in-bed': {
			title: 'Una rutina más suave, toda en la cama',
			text: 'Movimientos pequeños en la cama, con muchos descansos entre ellos.',
			action: 'Empezar'
		},
		'breathe-instead': {
			title: 'Mejor descansa y respira',
			text: 'Nada de estiramientos por ahora: respira despacio, boca arriba o de lado.',
			action: 'Empezar'
		},
		'check-signs-instead': {
			title: 'Revisar las señales de alarma',
			text: 'Ninguna rutina por ahora. Unas pocas preguntas de sí o no te dicen si algo necesita un médico, y en cuánto tiempo.',
			action: 'Revisar las señales'
		}
	},
	fluids: {
		title: 'Bebe un poco más de agua de lo habitual',
		text: (glasses: number) =>
			`Un poco más de lo que sueles beber, a sorbos durante el día. Si anotas ${glasses} vasos en el registro de abajo, esto queda hecho por hoy. Si un médico te ha dicho que limites los líquidos, sigue su consejo.`,
		action: 'Por qué el agua',
		progress: (logged: number, goal: number) => `${logged} de ${goal} vasos anotados hoy`
	},
	appointment: {
		text: 'Si los espasmos o el dolor duran más de tres días sin mejorar, conviene que te los revise un médico. Mientras tanto, sigue moviéndote con suavidad.',
		action: 'Cuándo pedir ayuda'
	},
	walk: {
		firstTitle: (minutes: number) => `Camina ${minutes} minutos, cuando puedas`,
		title: (minutes: number) => `Camina ${minutes} minutos`,
		firstText:
			'Aunque sea muy despacio: la mitad del tiempo de ida y la otra mitad de vuelta. Para si el dolor se vuelve punzante.',
		text: (before: number) =>
			`Un poco más que el paseo de ${before} minutos, aunque sea muy despacio. Si hoy es demasiado, el paseo más corto está bien.`,
		action: (minutes: number) => `Empezar un paseo de ${minutes} minutos`
	},
	stages: {
		'first-hours': 'Las primeras horas',
		'early-days': 'Los próximos días',
		easing: 'Va mejorando',
		'not-easing': 'Aún no mejora',
		settling: 'Se va calmando'
	},
	stageText: {
		'first-hours':
			'Descansa un poco y después muévete con suavidad. La mayoría de los espasmos mejoran con cuidados en casa.',
		'early-days':
			'Sigue moviéndote con suavidad. Pasar mucho tiempo en la cama retrasa la recuperación.',
		easing: 'Sigue moviéndote con suavidad, un poco más cada día.',
		settling: 'Todo parece más tranquilo. Vuelve poco a poco a tu día normal.'
	},
	look: {
		spasms: 'Los espasmos duran ya más de tres días: es momento de que te los revise un médico.',
		pain: 'Tus registros no muestran que el dolor mejore después de más de tres días: es momento de que te lo revise un médico.',
		'no-news':
			'Han pasado más de tres días desde que empezó. Si no ha mejorado, es momento de que te lo revise un médico; un registro hoy muestra cómo va.'
	},
	easing: ({ pain, spasmsSince, look }) => {
		const parts: string[] = [];
		if (pain) parts.push(`dolor ${pain.from} → ${pain.to} desde ${dayName(pain.since)}`);
		if (spasmsSince)
			parts.push(
				spasmsSince.kind === 'today'
					? 'ningún espasmo anotado hoy'
					: `ningún espasmo anotado desde ${dayName(spasmsSince)}`
			);
		const text = parts.join('; ');
		return look ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : `Va mejorando: ${text}.`;
	},
	reasons: {
		coldNotHelping: 'El frío no alivió el dolor en dos sesiones: prueba ahora con calor.',
		heatHelped: 'El calor alivió el dolor la última vez.',
		heatHelpedBy: (before: number, after: number) =>
			`El calor alivió el dolor la última vez (${before} y después ${after} de 10).`,
		painHigherAfter: (after: string | null) =>
			after
				? `El dolor aumentó después de «${after}»: prueba esta rutina, que es más suave.`
				: 'El dolor aumentó después de tu última rutina: prueba esta, que es más suave.',
		noGentler: (after: string | null) =>
			after
				? `El dolor aumentó después de «${after}», que pide muy poco movimiento: revisa las señales de alarma antes de hacer cualquier rutina.`
				: 'El dolor aumentó después de tu última rutina, que pide muy poco movimiento: revisa las señales de alarma antes de hacer cualquier rutina.'
	},
	card: {
		since: (day: string) => `Desde el ${day}`,
		day: (n: number) => `Día ${n}`,
		first: {
			emergency: 'Primero: pide ayuda de emergencia ahora.',
			urgent: 'Primero: consulta a un médico hoy mismo.'
		},
		plan: 'El plan de hoy',
		now: 'Ahora',
		done: 'Hecho hoy',
		doneHidden: '(hecho hoy)',
		itemName: (action: string, title: string) => `${action}: ${title}`,
		readyToStretch: '¿Quieres estirar con suavidad?',
		startStretch: (title: string) => `Empezar: ${title}`,
		settled: 'Mi espalda ya se ha calmado',
		endAsk: '¿Terminar este episodio? Se queda en el Historial.',
		endYes: 'Sí, terminarlo',
		keepOpen: 'Dejarlo abierto',
		ended: 'Episodio terminado. Lo encontrarás en el Historial.',
		noted: 'Anotado. El plan sigue.',
		saved: 'Guardado.'
	},
	end: {
		title: 'Una semana sin espasmos',
		text: '¿Se ha calmado tu espalda? Si es así, Limber cierra este episodio y lo guarda en el Historial.',
		yes: 'Sí, se ha calmado',
		notYet: 'Todavía no'
	},
	keepUp: {
		title: 'Para que no vuelva',
		week: (week: number) => `Semana ${week} de ${KEEP_UP_WEEKS}`,
		why: 'El dolor de espalda suele volver. Una rutina suave o un paseo dos o tres veces por semana, durante las próximas semanas, hace que sea menos probable.',
		progress: (k) =>
			k.state === 'met'
				? `${plural('es', k.done, { one: '# vez', other: '# veces' })} esta semana: ese es el hábito que ayuda.`
				: k.state === 'nudge'
					? `Llevas ${k.quietDays} días sin una sesión. Unos minutos hoy mantienen el hábito.`
					: `Esta semana: ${k.done} de ${KEEP_UP_GOAL}.`,
		start: (title: string) => `Empezar: ${title}`,
		other: 'Elegir otra rutina',
		noteTitle: 'Si vuelve',
		noteAsk:
			'¿Qué te ayudó esta vez? Si la espalda te vuelve a dar un espasmo, Limber te muestra primero tu nota, cuando cuesta pensar.',
		noteLabel: 'Lo que ayudó',
		noteShown: 'Tu nota aparece arriba, en “¿Te acaba de dar un espasmo en la espalda?”.',
		fromJournal: 'Según tus registros, el dolor bajó después de:',
		helped: (title: string, times: number) =>
			`${title}, ${plural('es', times, { one: 'una vez', other: '# veces' })}`,
		add: 'Añadir a la nota:',
		write: 'Escribir lo que ayudó',
		save: 'Guardar nota',
		cancel: 'Cancelar',
		change: 'Cambiar nota',
		saved: 'Guardada. Limber te la mostrará primero si la espalda te vuelve a dar un espasmo.',
		emptied: 'Nota borrada.',
		noEpisode: 'No hay ningún episodio terminado en el que guardar esta nota.',
		lastTime: 'Lo que ayudó la última vez'
	}
} satisfies Messages<typeof en>;
