import type { Messages } from '$lib/i18n/catalog';
import type en from './today.en';

export default {
	head: {
		title: 'Limber · Hoy',
		description:
			'Limber te guía con estiramientos suaves y temporizadores de hielo, calor y descanso para los espasmos en la parte baja de la espalda, y guarda un diario privado en tu dispositivo. Funciona sin conexión.'
	},
	title: 'Hoy',
	flare: {
		label: 'Día malo',
		what: 'Para un día malo: letra más grande, guía por voz y solo ejercicios boca arriba o de lado.'
	},
	seized: '¿Te acaba de dar un espasmo en la espalda?',
	where: '¿Dónde estás ahora?',
	helped: 'Lo que ayudó la última vez: {note}',
	how: 'Limber te guía desde ahí hasta una postura cómoda para descansar y respirar.',
	orStretch: 'O estira con suavidad:',
	badDay: '¿Un día malo?',
	badDayWhat:
		'Movimientos pequeños y lentos, boca arriba y de lado, y muchos descansos. Deja que la voz te guíe.',
	quick: 'Inicio rápido',
	quickElse: 'O empieza otra cosa',
	startTile: 'Empezar {title}',
	checkIn: {
		title: 'Registro del día',
		due: 'Pendiente',
		fold: '¿Cómo está tu espalda hoy? Cinco preguntas cortas, más o menos un minuto.',
		button: 'Registrar hoy'
	}
} satisfies Messages<typeof en>;
