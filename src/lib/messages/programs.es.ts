import type { Messages } from '$lib/i18n/catalog';
import type en from './programs.en';

export default {
	programs: {
		'ice-20': {
			title: 'Hielo, 20 minutos',
			purpose:
				'Una ronda: frío durante 20 minutos, y luego quita la bolsa durante 20 minutos mientras la piel recupera su temperatura. Envuelve la bolsa en un paño y nunca pongas el hielo directamente sobre la piel. Si el espasmo vuelve, repite después de un par de horas.'
		},
		'heat-15': {
			title: 'Calor, 15 minutos',
			purpose:
				'Un rato más corto de calor para músculos tensos y cansados. Deja una toalla o una funda entre el calor y la piel, y no te duermas nunca sobre una almohadilla térmica.'
		},
		'heat-20': {
			title: 'Calor, 20 minutos',
			purpose:
				'Calor para relajar músculos tensos y cargados, para cuando el frío no ha ayudado. Deja una toalla o una funda entre el calor y la piel, y no te duermas nunca sobre una almohadilla térmica.'
		},
		'rest-10': {
			title: 'Descanso, 10 minutos',
			purpose:
				'Siéntate o acuéstate en un lugar tranquilo y deja que los músculos de la espalda dejen de trabajar. A mucha gente le va bien estar boca arriba con las rodillas dobladas.'
		},
		'rest-20': {
			title: 'Descanso, 20 minutos',
			purpose:
				'Un descanso tranquilo más largo, en la postura que alivie el dolor, en una silla o acostándote. Levántate despacio al terminar.'
		},
		'walk-10': {
			title: 'Paseo suave, 10 minutos',
			purpose:
				'Un paseo tranquilo para cuando la causa es pasar mucho tiempo en una silla o moverte poco. Da la vuelta a mitad de tiempo para terminar donde empezaste. Si aparece un calambre, detente y estira.'
		}
	},
	poorFeeling:
		'No uses frío ni calor sobre piel con poca sensibilidad (adormecimiento, diabetes, mala circulación) ni sobre piel con heridas.',
	safetyNotes: {
		ice: 'Envuelve la bolsa en un paño. Nunca pongas el hielo directamente sobre la piel.',
		'warm-up': 'Quita la bolsa. Deja que la piel recupere su temperatura y mira que se vea normal.',
		heat: 'Deja siempre una tela entre el calor y la piel, y no te duermas nunca sobre una almohadilla térmica.',
		relax: 'Descansa en la postura que alivie el dolor, y después levántate despacio.',
		walk: 'Camina a paso tranquilo. Si aparece un calambre, detente y estira con suavidad.'
	},
	adviseLimits: {
		ice: 'Normalmente se aconseja el frío durante 20 minutos como máximo cada vez. Es mejor para la piel un rato más corto y luego una pausa.',
		'warm-up':
			'Una pausa larga está bien. Vuelve a poner el frío solo si el espasmo regresa, y mira antes tu piel.',
		heat: 'Normalmente se aconseja el calor durante 20 minutos como máximo cada vez. Mira tu piel, y no te duermas nunca sobre una almohadilla térmica.',
		relax:
			'Descansar ayuda, pero los ratos largos en la cama o en el suelo, sin moverte, pueden dejar la espalda más rígida. Levántate y muévete con suavidad cuando puedas.',
		walk: 'Mientras la espalda se calma, van mejor los paseos cortos y tranquilos. Siempre puedes volver a caminar más tarde.'
	},
	repeatReminders: {
		'ice-20': {
			title: '¿Hielo otra vez dentro de dos horas?',
			text: 'Si el espasmo vuelve, otros 20 minutos de frío pueden ayudar después de una pausa de unas dos horas. Una alarma del calendario puede recordártelo, aunque Limber esté cerrado.',
			alarm: '¿Ha vuelto el espasmo? Hielo otra vez durante 20 minutos (Limber)'
		}
	}
} satisfies Messages<typeof en>;
