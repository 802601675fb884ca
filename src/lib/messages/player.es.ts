import type { Messages } from '$lib/i18n/catalog';
import { plural } from '$lib/i18n/format';
import type en from './player.en';

export default {
	page: {
		title: 'Reproductor de Limber',
		stepTitle: (step: string) => `${step} · Limber`,
		description: 'La sesión en curso, paso a paso, con avisos por voz y sonido.',
		heading: 'Sesión',
		none: 'No hay ninguna sesión en curso',
		noneText:
			'Elige una rutina de estiramientos o un temporizador para empezar. Limber te guía paso a paso.',
		routines: 'Rutinas',
		timers: 'Temporizadores'
	},
	screen: {
		step: (step: number, total: number) => `Paso ${step} de ${total}`,
		nextStep: (step: number, total: number) => `Luego: paso ${step} de ${total}`,
		help: 'Cuándo pedir ayuda',
		leave: 'Salir de la sesión (sigue en marcha)',
		progress: 'Progreso de la sesión',
		elsewhere: 'También está abierta en otra pestaña; los avisos suenan allí.',
		reps: (n: number) =>
			plural('es', n, { one: '# repetición lenta', other: '# repeticiones lentas' }),
		calm: 'Deja que la espalda se suelte. Limber te avisará cuando sea el momento.',
		next: (what: string) => `Luego: ${what}`,
		upNext: 'Después: {step}',
		last: 'Este es el último paso.',
		howTo: 'Cómo hacerlo',
		breathe: 'Respira:',
		feel: 'Deberías notar:'
	},
	controls: {
		question: '¿Detener esta sesión?',
		kept: 'Lo que llevas hecho queda guardado.',
		keepGoing: 'Seguir',
		stop: 'Detener',
		label: 'Controles de la sesión',
		previous: 'Anterior',
		pause: 'Pausar',
		resume: 'Reanudar',
		next: 'Siguiente',
		keys: 'Teclas: Espacio pausa o reanuda, ← y → cambian de paso, Esc detiene.'
	},
	ring: {
		whenReady: ['Cuando', 'quieras'],
		paused: 'En pausa'
	},
	badges: {
		'get-ready': 'Prepárate',
		'switch-sides': 'Cambia de lado',
		rest: 'Descanso',
		cold: 'Frío',
		'pack-off': 'Quita la bolsa',
		heat: 'Calor',
		walk: 'Camina',
		move: 'Muévete',
		hold: 'Mantén',
		breathe: 'Respira',
		left: 'Lado izquierdo',
		right: 'Lado derecho'
	},
	prestart: {
		checkFirst: {
			title: 'Consulta antes de empezar.',
			text: 'Pregunta a un médico o un fisioterapeuta antes de hacer estos estiramientos si te pasa algo de esto:',
			who: [
				'estás embarazada',
				'te han operado de la espalda hace poco',
				'tienes los huesos frágiles (osteoporosis)',
				'es para alguien menor de 16 años'
			]
		},
		total: (length: string) => `${length} en total`,
		goBack: 'Volver',
		checked: 'Ya me ha visto un médico, empezar igualmente',
		painBefore: 'Antes de empezar: ¿cómo está tu dolor ahora?',
		ready: 'Todo listo, empezar',
		startUnrated: 'Empezar sin valorar',
		start: 'Empezar',
		notNow: 'Ahora no'
	},
	summary: {
		wellDone: 'Muy bien',
		stopped: 'Sesión detenida',
		completed: (title: string, length: string) => `${title}: ${length}, completada.`,
		stoppedAfter: (title: string, length: string) => `${title}: ${length} antes de detenerla.`,
		saving: 'Guardando en tu historial…',
		saved: 'Guardada en tu historial.',
		notSaved: {
			quota:
				'Tu dispositivo no tiene espacio libre, así que Limber no pudo guardar esta sesión en tu historial.',
			invalid: 'Limber no pudo guardar esta sesión: algunos datos están fuera de rango.',
			failed: 'Limber no pudo guardar esta sesión en tu historial.'
		},
		keptAside:
			'Queda apartada en este dispositivo, y Limber lo intentará de nuevo la próxima vez que se abra.',
		tryOrDownload: 'Inténtalo de nuevo o descarga esta sesión para guardar una copia.',
		ratingNotSaved: 'Limber no pudo guardar tu valoración. Inténtalo de nuevo.',
		download: 'Descargar esta sesión',
		downloadAfter: 'Para recuperarla, usa Ajustes → Restaurar.',
		undo: 'Deshacer: seguir',
		painAfter: '¿Cómo está tu dolor ahora?',
		savingRating: 'Guardando tu valoración…',
		noted: (after: number) => `Anotado: dolor ${after} de 10.`,
		notedFrom: (after: number, before: number) =>
			`Anotado: dolor ${after} de 10; antes, ${before}.`,
		keptWithSession: 'Se guarda con esta sesión.',
		tryAgain: 'Intentar de nuevo',
		getUp: 'Levántate cuando quieras',
		getUpText:
			'Sin prisa: quédate descansando el tiempo que necesites. Cuando quieras levantarte, Limber te guía.',
		care: {
			stretch:
				'Si un estiramiento te causó dolor punzante, dolor que baja a una pierna, adormecimiento u hormigueo, descansa y lee {link}.',
			ice: 'Mira tu piel: si se ve blanca o con manchas, o sigue adormecida, no le pongas más frío. Espera un par de horas antes de otra ronda de frío. Si el dolor empeora, lee {link}.',
			heat: 'Mira tu piel: si se ve muy roja o te duele, no le pongas más calor. Si el dolor empeora, lee {link}.',
			contrast:
				'Mira tu piel: si se ve blanca, con manchas o muy roja, o sigue adormecida, no le pongas ni frío ni calor. Si el dolor empeora, lee {link}.',
			relax: 'Levántate despacio, girándote primero de lado. Si el dolor empeora, lee {link}.',
			walk: 'Si al caminar notaste dolor punzante o dolor que baja a una pierna, descansa y lee {link}.'
		},
		careLink: 'cuándo pedir ayuda',
		today: 'Volver a Hoy',
		history: 'Ver el historial'
	},
	interrupted: {
		title: 'Tu sesión sigue en marcha',
		text: (left: string | null, paused: boolean) =>
			`{title} siguió contando el tiempo mientras Limber estaba cerrado. Ahora va por {step}${left === null ? '' : `, y quedan ${left} de este paso`}${paused ? ' (en pausa)' : ''}.`,
		continue: 'Seguir desde donde va',
		end: 'Terminarla y guardar lo hecho'
	},
	returnBar: {
		label: 'Sesión en curso',
		running: (title: string) => `${title}: en curso`,
		paused: (title: string) => `${title}: en pausa`,
		go: 'Volver'
	}
} satisfies Messages<typeof en>;
