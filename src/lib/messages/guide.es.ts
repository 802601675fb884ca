import type { Messages } from '$lib/i18n/catalog';
import type en from './guide.en';

export default {
	title: 'Guía',
	description:
		'Qué ayuda con un espasmo en la parte baja de la espalda: qué esperar, acostarse y levantarse, descanso, frío, calor, líquidos, movimiento, estiramientos, analgésicos, movimientos del día a día, sueño, preocupación y ritmo, trabajo, si vuelve y cuándo pedir ayuda.',
	lead: 'Qué ayuda con un espasmo en la espalda y cuándo pedir ayuda. Breve, con calma y en palabras sencillas.',
	checkSigns: 'Revisar las señales de alarma',
	about: 'Sobre Limber y tu privacidad',
	brand: 'Guía de Limber',
	allTopics: '← Todos los temas de la guía',
	position: (n: number, total: number) => `Guía · ${n} de ${total}`,
	doNow: 'Lo que puedes hacer ahora',
	pager: 'Temas de la guía',
	previous: '← Anterior',
	next: 'Siguiente →',
	topics: {
		'see-a-doctor': {
			title: 'Cuándo pedir ayuda',
			summary:
				'La mayoría de los espasmos se calman con cuidados en casa. Algunas señales indican que hay que pedir ayuda: unas enseguida, otras el mismo día, otras en los próximos días.'
		},
		'what-is-a-spasm': {
			title: '¿Qué es un espasmo en la espalda?',
			summary:
				'Los músculos de la parte baja de la espalda se tensan de golpe, sin que tú lo decidas. La mayoría de los espasmos mejoran con cuidados en casa.'
		},
		'what-to-expect': {
			title: 'Qué esperar',
			summary:
				'La mayoría de los espasmos en la espalda mejoran en unos días o unas semanas. El movimiento suave ayuda; pasar mucho tiempo en la cama retrasa la mejoría.'
		},
		'getting-up-and-down': {
			title: 'Acostarse y levantarse',
			summary:
				'Muévete en bloque y deja que los brazos y las piernas hagan el esfuerzo: al salir de la cama, al bajar al suelo y al levantarte.'
		},
		rest: {
			title: 'Descanso',
			summary:
				'Siéntate o acuéstate en un lugar tranquilo y deja que los músculos dejen de trabajar.'
		},
		cold: {
			title: 'Frío',
			summary:
				'Una bolsa de hielo durante 20 minutos; luego quítala y deja que la piel recupere su temperatura.'
		},
		heat: {
			title: 'Calor',
			summary: 'Si el frío no ayuda, el calor puede relajar los músculos tensos y cansados.'
		},
		fluids: {
			title: 'Líquidos y electrolitos',
			summary: 'Beber más puede ayudar cuando la falta de agua o de sales es parte de la causa.'
		},
		movement: {
			title: 'Movimiento suave',
			summary:
				'Si la causa es estar mucho tiempo en una silla o moverte poco, un paseo tranquilo puede ayudar.'
		},
		stretching: {
			title: 'Estiramientos',
			summary: 'Los estiramientos suaves de espalda ayudan, sea cual sea la causa.'
		},
		'pain-relief': {
			title: 'Analgésicos',
			summary: 'Un analgésico antiinflamatorio sin receta puede aliviar el dolor y la inflamación.'
		},
		'everyday-moves': {
			title: 'Movimientos del día a día',
			summary:
				'Toser y estornudar, vestirte, ir al baño y subir al auto, con menos esfuerzo para la espalda.'
		},
		'sleeping-positions': {
			title: 'Posturas para dormir y descansar',
			summary:
				'Posturas que dejan que los músculos de la espalda se suelten, en la cama o en el suelo.'
		},
		'worry-sleep-pacing': {
			title: 'Preocupación, sueño y ritmo',
			summary:
				'La preocupación y el mal sueño pueden hacer que el dolor se sienta más fuerte. Hacer un poco cada vez, a menudo, te ayuda a seguir adelante.'
		},
		'sitting-driving-work': {
			title: 'Sentarse, conducir y trabajar',
			summary: 'Siéntate con apoyo, cambia de postura a menudo y vuelve poco a poco a tu día a día.'
		},
		'if-it-comes-back': {
			title: 'Si vuelve',
			summary:
				'El dolor de espalda vuelve a menudo. Moverte con regularidad reduce la probabilidad, y un plan breve ayuda si vuelve.'
		}
	},
	actions: {
		'check-signs': 'Revisar las señales de alarma',
		'spasm-relief': 'Empezar la rutina para aliviar el espasmo',
		'first-walk': 'Empezar un paseo de 3 minutos',
		'first-hours': 'Empezar la rutina de las primeras horas',
		'rest-10': 'Empezar un descanso de 10 minutos',
		ice: 'Empezar el temporizador de hielo',
		heat: 'Empezar el temporizador de calor',
		'log-water': 'Anotar el agua en el registro del día',
		'note-pain': 'Anotar el dolor en el registro del día',
		brace: 'Practicar cómo prepararte para toser',
		breathe: 'Empezar la sesión para respirar y soltar',
		'desk-break': 'Empezar la pausa para el escritorio'
	}
} satisfies Messages<typeof en>;
