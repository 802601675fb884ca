// Cuándo pedir ayuda: the wording is docs/glossary.md's, line for line (tú, neutral Spanish).
import type { Messages } from '$lib/i18n/catalog';
import type en from './care.en';

type Day = 'today' | 'yesterday';
const day = (when: Day) => (when === 'today' ? 'hoy' : 'ayer');

export default {
	signs: {
		'saddle-numbness': {
			question:
				'¿Adormecimiento u hormigueo nuevos entre las piernas, en los glúteos, alrededor del ano o en la cara interna de los muslos, la zona que toca el asiento de una bicicleta?',
			hint: 'Puede que lo notes al limpiarte después de ir al baño: una sensación rara o como dormida.',
			label:
				'adormecimiento u hormigueo entre las piernas, en los glúteos, alrededor del ano o en la cara interna de los muslos',
			reason:
				'Notas adormecimiento u hormigueo nuevos entre las piernas, en los glúteos o alrededor del ano.'
		},
		'bladder-bowel': {
			question: '¿Problemas nuevos con la vejiga o el intestino?',
			hint: 'Te cuesta empezar a orinar o cortar el chorro, no notas cuándo tienes la vejiga llena, se te escapa la orina o no puedes controlar las heces.',
			label:
				'problemas nuevos con la vejiga o el intestino, como escapes de orina o no poder orinar',
			reason: 'Tienes problemas nuevos con la vejiga o el intestino.'
		},
		'both-legs': {
			question:
				'¿Debilidad o adormecimiento en las dos piernas, o piernas cada vez más débiles o que se te doblan?',
			hint: 'También cuenta el dolor que baja por las dos piernas.',
			label: 'debilidad, adormecimiento o dolor en las dos piernas, o piernas que se doblan',
			reason:
				'Tienes debilidad, adormecimiento o dolor en las dos piernas, o tus piernas están cada vez más débiles.'
		},
		'sexual-function': {
			question: '¿Algún cambio nuevo en la función sexual?',
			hint: 'Dificultad nueva para tener o mantener una erección, o menos sensibilidad en los genitales al tener relaciones sexuales.',
			label: 'un cambio nuevo en la función sexual, como menos sensibilidad en los genitales',
			reason: 'Notas un cambio nuevo en la función sexual.'
		},
		'chest-pain': {
			question: '¿Dolor en el pecho además del dolor de espalda?',
			label: 'dolor en el pecho junto con el dolor de espalda',
			reason: 'Tienes dolor en el pecho además del dolor de espalda.'
		},
		'serious-fall': {
			question:
				'¿Empezó el dolor después de una caída fuerte, un accidente o un golpe en la espalda?',
			label: 'dolor de espalda después de una caída fuerte, un accidente o un golpe',
			reason: 'Tu dolor de espalda empezó después de una caída fuerte, un accidente o un golpe.'
		},
		fever: {
			question: '¿Tienes fiebre, o sientes calor y escalofríos?',
			label: 'fiebre, o sensación de calor con escalofríos',
			reason: 'Tienes fiebre, o sientes calor y escalofríos, además del dolor de espalda.'
		},
		'severe-worsening': {
			question:
				'¿El dolor está empeorando y es tan fuerte que te cuesta pensar, hablar o dormir, o te cuesta mucho moverte, levantarte, lavarte o vestirte?',
			hint: 'Un número alto en la escala de dolor, por sí solo, es habitual en un espasmo.',
			label:
				'dolor que está empeorando y es tan fuerte que te cuesta pensar, hablar o dormir, o te cuesta mucho moverte, levantarte, lavarte o vestirte',
			reason: 'Tu dolor está empeorando y es tan fuerte que cuesta pensar, dormir o moverse.'
		},
		'not-eased': {
			question:
				'¿No te alivia nada el dolor (descansar, cambiar de postura, analgésicos), o te dura toda la noche?',
			label: 'dolor que no se alivia con nada, o que dura toda la noche',
			reason: 'Nada te alivia el dolor, o te dura toda la noche.'
		},
		'one-leg': {
			question: '¿Adormecimiento, hormigueo o debilidad que baja por una pierna?',
			label: 'adormecimiento, hormigueo o debilidad que baja por una pierna',
			reason: 'Tienes adormecimiento, hormigueo o debilidad que baja por una pierna.'
		},
		'cannot-move': {
			question: '¿El dolor te impide caminar o moverte?',
			label: 'dolor que te impide caminar o moverte',
			reason: 'El dolor te impide caminar o moverte.'
		},
		'cancer-or-weight-loss': {
			question:
				'¿Es nuevo este dolor de espalda, y has tenido cáncer o has perdido peso sin proponértelo?',
			label:
				'dolor de espalda nuevo después de haber tenido cáncer, o con una pérdida de peso sin explicación',
			reason:
				'Tu dolor de espalda es nuevo y has tenido cáncer o has perdido peso sin proponértelo.'
		},
		'lump-or-shape': {
			question: '¿Un bulto o una hinchazón en la espalda, o ha cambiado de forma tu espalda?',
			label: 'un bulto o una hinchazón en la espalda, o una espalda que ha cambiado de forma',
			reason: 'Tienes un bulto o una hinchazón en la espalda, o tu espalda ha cambiado de forma.'
		},
		'cough-sneeze': {
			question: '¿El dolor empeora al toser, al estornudar o al defecar?',
			label: 'dolor que empeora al toser, al estornudar o al defecar',
			reason: 'Tu dolor empeora al toser, al estornudar o al defecar.'
		},
		'upper-back': {
			question: '¿El dolor está en la parte alta de la espalda, entre los omóplatos, y no abajo?',
			label: 'dolor en la parte alta de la espalda, entre los omóplatos',
			reason: 'Tu dolor está en la parte alta de la espalda, entre los omóplatos.'
		},
		'thin-bones-fall': {
			question:
				'¿Empezó tras una caída leve o un esfuerzo, y tienes los huesos frágiles (osteoporosis) o tomas pastillas de corticoides desde hace tiempo?',
			label:
				'dolor de espalda tras una caída leve o un esfuerzo, con huesos frágiles (osteoporosis) o corticoides en pastillas desde hace tiempo',
			reason:
				'Tu dolor empezó tras una caída leve o un esfuerzo, y tienes los huesos frágiles o tomas pastillas de corticoides.'
		},
		'lasting-spasms': {
			question: '¿Los espasmos o el dolor duran ya más de tres días sin mejorar?',
			label: 'espasmos o dolor que duran más de tres días',
			reason: 'Tus espasmos o tu dolor duran ya más de tres días.'
		},
		'keeps-returning': {
			question:
				'¿Los espasmos vuelven una y otra vez, o te impiden dormir o hacer tus cosas de cada día?',
			label:
				'espasmos que vuelven una y otra vez, o dolor que no te deja dormir ni hacer vida normal',
			reason:
				'Tus espasmos vuelven una y otra vez, o el dolor no te deja dormir ni hacer vida normal.'
		},
		worried: {
			question: '¿Te preocupa tu espalda por algún otro motivo?',
			label: 'preocupación por tu espalda',
			reason: 'Te preocupa tu espalda.'
		}
	},
	levels: {
		emergency: {
			title: 'Pide ayuda de emergencia ahora',
			who: 'Si alguna de estas señales es nueva y viene con dolor de espalda:',
			steps: [
				'Llama ahora al número de emergencias o pide a alguien que te lleve a urgencias de un hospital.',
				'No conduzcas tú: las piernas te pueden fallar.',
				'No esperes a ver si se pasa, y deja los estiramientos.',
				'Di que tienes dolor de espalda y cuáles de estas señales notas.'
			],
			group: 'Señales para pedir ayuda ahora'
		},
		urgent: {
			title: 'Consulta a un médico hoy mismo',
			who: 'Si tienes dolor de espalda con alguna de estas señales:',
			steps: [
				'Habla hoy mismo con un médico o con un servicio de atención médica urgente y explica lo que notas.',
				'No hagas estiramientos hasta que te vea un médico. Descansa en la postura que te resulte más cómoda.',
				'Si aparece alguna de las señales de emergencia, llama enseguida al número de emergencias.'
			],
			group: 'Señales para ver a un médico hoy mismo'
		},
		appointment: {
			title: 'Pide cita con un médico',
			who: 'Si te pasa alguna de estas cosas:',
			steps: [
				'Pide cita con un médico para los próximos días.',
				'Mientras tanto, sigue con descansos cortos, frío o calor, y movimiento suave que no empeore el dolor.',
				'Si aparece alguna de las señales de emergencia, llama enseguida al número de emergencias.'
			],
			group: 'Señales para pedir cita'
		}
	},
	call: {
		button: (number: string) => `Llamar al ${number}`,
		local: 'o el número de emergencias de donde estés',
		why: 'Estas señales son poco frecuentes, pero pueden indicar un problema en un nervio u otro problema grave, en el que las horas cuentan.'
	},
	none: {
		title: 'Ninguna de estas señales por ahora',
		body: 'Todas tus respuestas son “no”. Los cuidados en casa suelen ayudar: descansos cortos, frío o calor, líquidos y estiramientos suaves.',
		noVisit: 'Si los espasmos desaparecen en un día, normalmente no hace falta ir al médico.',
		watch: 'Llama enseguida al número de emergencias si aparece alguna de estas señales:',
		again: 'Si algo cambia, vuelve a responder las preguntas.',
		stretches: 'Estiramientos suaves, boca arriba o de lado',
		ice: 'Temporizador de hielo',
		guide: 'Guía de autocuidado'
	},
	check: {
		title: 'Cuándo pedir ayuda',
		description:
			'Preguntas de sí o no sobre las señales de alarma con dolor de espalda, y cuándo pedir ayuda: una emergencia ahora, un médico hoy mismo o una cita en los próximos días.',
		lead: 'Algunas señales con dolor de espalda significan que hay que pedir ayuda, y algunas de ellas enseguida.',
		intro:
			'Preguntas de sí o no sobre cómo estás ahora, primero las más urgentes. La respuesta aparece en cuanto está clara. No se guarda ni se envía nada.',
		yes: 'Sí',
		no: 'No',
		open: (n: number) => (n === 1 ? 'Queda una pregunta.' : `Quedan ${n} preguntas por responder.`),
		higherOpen: 'Responde también las preguntas de más arriba: puede que necesiten ayuda antes.',
		clear: 'Borrar mis respuestas',
		more: 'Más sobre cuándo pedir ayuda'
	},
	journal: {
		'saddle-numbness': (when: Day) =>
			`Tu registro de ${day(when)} indica adormecimiento u hormigueo entre las piernas, en los glúteos o alrededor del ano.`,
		'bladder-bowel': (when: Day) =>
			`Tu registro de ${day(when)} indica problemas nuevos con la vejiga o el intestino.`,
		'both-legs': (when: Day) =>
			`Tu registro de ${day(when)} indica adormecimiento u hormigueo en las dos piernas.`,
		'one-leg': (when: Day) =>
			`Tu registro de ${day(when)} indica adormecimiento u hormigueo que baja por una pierna.`,
		numbnessSomewhere: (when: Day) =>
			`Tu registro de ${day(when)} indica adormecimiento u hormigueo, sin decir dónde.`,
		severeRising: (before: number, now: number) =>
			`Tus registros indican un dolor tan fuerte que cuesta pensar, dormir o moverse, y va en aumento (${before} y luego ${now} de 10).`,
		severe: (when: Day) =>
			`Tu registro de ${day(when)} indica un dolor tan fuerte que cuesta pensar, dormir o moverse. Si empeora, consulta a un médico hoy mismo.`,
		lastingSpasms: (n: number) =>
			`Es el día ${n} y tu último registro del día todavía indica espasmos.`,
		lastingPain: (n: number) => `Es el día ${n} y tus registros no muestran que el dolor mejore.`
	},
	getHelp: {
		stop: 'Déjalo si el dolor empeora de golpe.',
		atOnce:
			'Llama enseguida al número de emergencias, y no conduzcas tú, si alguna de estas señales es nueva:',
		link: 'Revisar todas las señales de alarma',
		about:
			'La revisión de Limber pregunta por las señales que necesitan ayuda y dice con qué urgencia: una emergencia ahora, un médico hoy mismo o una cita en los próximos días. No puede verte ni examinarte, así que, si tienes dudas, pide ayuda.',
		watch: 'Señales de emergencia que vigilar'
	},
	safety: {
		title: 'Antes de empezar',
		betweenRounds:
			'Mira tu piel entre una ronda y otra: déjalo si se ve blanca o con manchas, o si sigue dormida.',
		beforeEachRound:
			'Antes de cada nueva ronda de frío, mira tu piel; déjalo si se ve blanca o con manchas.'
	},
	bar: {
		emergencyShort: 'No conduzcas tú.',
		urgentShort: 'Habla hoy mismo con un médico.',
		more: 'Qué hacer'
	}
} satisfies Messages<typeof en>;
