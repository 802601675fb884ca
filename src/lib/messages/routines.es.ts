import type { Messages } from '$lib/i18n/catalog';
import type en from './routines.en';

export default {
	routines: {
		'first-hours-floor': {
			title: 'Primeras horas, en el suelo',
			purpose:
				'Para cuando te acaba de dar un espasmo en la espalda y estás en el suelo: quédate ahí, ponte de lado o boca arriba, descansa con las piernas en alto y respira despacio. Sin ponerte de rodillas, y sin levantarte al final: hazlo cuando te sientas con fuerzas. El primer movimiento te espera: toca Siguiente cuando lo hayas hecho.'
		},
		'first-hours': {
			title: 'Primeras horas, en una cama o un sofá',
			purpose:
				'Para cuando te acaba de dar un espasmo en la espalda y estás en una cama o un sofá: acuéstate con cuidado, descansa con las piernas sobre almohadas y respira despacio. Sin ponerte de rodillas, y sin levantarte al final: hazlo cuando te sientas con fuerzas. El movimiento para acostarte te espera: toca Siguiente cuando lo hayas hecho.'
		},
		'first-hours-standing': {
			title: 'Primeras horas, de pie o en una silla',
			purpose:
				'Para cuando te acaba de dar un espasmo en la espalda y estás de pie o en una silla: ve con pasos cortos a una cama o un sofá, acuéstate con cuidado, descansa y respira despacio. Sin ponerte de rodillas, y sin levantarte al final. Los movimientos te esperan: toca Siguiente cuando los hayas hecho.'
		},
		'get-up-from-floor': {
			title: 'Levantarse del suelo',
			purpose:
				'Cuando te sientas con fuerzas para levantarte: de lado, y luego arriba por etapas, empujando en una silla estable. Tendrás que ponerte de rodillas un momento. No hay prisa: el paso te espera.'
		},
		'get-up-from-bed': {
			title: 'Levantarse de una cama o un sofá',
			purpose:
				'Cuando te sientas con fuerzas para levantarte: girando en bloque, para que los brazos y las piernas hagan el trabajo y la espalda no gire. No hay prisa: el paso te espera.'
		},
		'spasm-relief': {
			title: 'Alivio del espasmo',
			purpose:
				'Estiramientos suaves en torno a la postura del niño, para cuando moverte ya cuesta un poco menos: una forma guiada de bajar al suelo, estiramientos de rodillas, luego boca arriba, y una forma guiada de volver a levantarte.'
		},
		'flare-day': {
			title: 'Estiramientos suaves, boca arriba o de lado',
			purpose:
				'Para un día malo: todo se hace boca arriba o de lado, en una cama, o en el suelo si ya estás ahí (toca Siguiente para saltarte el movimiento para acostarte). Movimientos lentos y pequeños, y mucho descanso, sin ponerte de rodillas y sin levantarte al final.'
		},
		'desk-break': {
			title: 'Pausa en el trabajo',
			purpose:
				'Pasar mucho tiempo en una silla es una causa frecuente de espasmos. Cinco minutos en la silla y de pie, y luego un paseo corto.'
		},
		'morning-mobility': {
			title: 'Soltar la espalda por la mañana',
			purpose:
				'Suelta una espalda rígida después de la noche: una forma guiada de bajar al suelo, estiramientos boca arriba y con las manos y las rodillas en el suelo, una forma guiada de levantarte, y estiramientos de pie para terminar.'
		},
		'bedtime-wind-down': {
			title: 'Calma antes de dormir',
			purpose:
				'Estiramientos lentos y tranquilos para que la espalda se calme antes de dormir: una forma guiada de bajar al suelo, un descanso boca arriba tanto tiempo como quieras (sin reloj: toca Siguiente cuando termines) y una forma guiada de volver a levantarte.'
		},
		'walk-and-stretch': {
			title: 'Caminar y estirar',
			purpose:
				'Para cuando la causa es moverte poco: un paseo corto y tranquilo para entrar en calor, estiramientos de pie, y luego una forma guiada de bajar al suelo para dos estiramientos de rodillas y volver a levantarte.'
		},
		'in-bed': {
			title: 'En la cama',
			purpose:
				'Movimientos suaves que puedes hacer en la cama antes de levantarte, y al final salir de la cama girando en bloque.'
		},
		'breathe-and-let-go': {
			title: 'Respirar y soltar',
			purpose:
				'Siete minutos tranquilos con una voz que te guía para ayudar a que se suelten los músculos de la espalda. Boca arriba o de lado, con los ojos cerrados si quieres; también sirve de noche.'
		},
		'short-walk': {
			title: 'Paseo suave, 3 minutos',
			purpose:
				'Camina 3 minutos, tan despacio como necesites: la mitad del tiempo hacia fuera y luego de vuelta. Moverse un poco y a menudo ayuda a que la espalda se recupere.'
		},
		'walk-5': {
			title: 'Paseo suave, 5 minutos',
			purpose:
				'El paso siguiente al paseo de 3 minutos: 5 minutos, tan despacio como necesites, la mitad del tiempo hacia fuera y luego de vuelta. Si te parece demasiado, hoy basta con el paseo corto.'
		}
	}
} satisfies Messages<typeof en>;
