import type { Messages } from '$lib/i18n/catalog';
import type en from './check-in.en';

export default {
	questions: {
		spasms: '¿Espasmos hoy?',
		numbness: '¿Adormecimiento u hormigueo hoy? Marca todos los sitios.',
		places: {
			saddle: 'Entre las piernas, glúteos, ano o cara interna de los muslos',
			'both-legs': 'En las dos piernas',
			'one-leg': 'Por una pierna'
		},
		none: 'Ninguno',
		bladderBowel:
			'¿Problemas nuevos con la vejiga o el intestino, como escapes de orina o dificultad para orinar?',
		severe:
			'¿El dolor es tan fuerte que te cuesta pensar, hablar o dormir, o te cuesta mucho moverte, levantarte, lavarte o vestirte?',
		keep: 'Dejarlo como estaba',
		notNow: 'Ahora no'
	},
	form: {
		savedAt: (time: string) =>
			`Guardado hoy a las ${time}. Puedes cambiar lo que quieras y volver a guardar.`,
		pain: 'Dolor ahora mismo',
		yes: 'Sí',
		no: 'No',
		water: 'Vasos de agua',
		fewer: 'Un vaso menos',
		more: 'Un vaso más',
		note: 'Nota',
		optional: '(opcional)',
		save: 'Guardar registro',
		update: 'Actualizar registro'
	},
	result: {
		noPain: 'Antes de guardar, elige cuánto dolor tienes, de 0 a 10.',
		unanswered: 'Antes de guardar, responde cada pregunta de arriba.',
		raised: 'Registro guardado. Muestra un motivo para pedir ayuda: míralo arriba.',
		saved: 'Registro guardado. Puedes cambiarlo hasta que acabe el día.'
	},
	summary: {
		notStarted:
			'Limber no pudo empezar un episodio para estos espasmos: una parte de la app no se cargó. Revisa la conexión y toca Intentar de nuevo.',
		savedAt: (time: string) => `Guardado hoy a las ${time}.`,
		noYesterday: 'No hay un registro de ayer con el que comparar.',
		change: 'Cambiar',
		changeName: 'Cambiar el registro del día',
		more: 'Otras respuestas',
		labels: {
			pain: 'Dolor',
			spasms: 'Espasmos',
			numbness: 'Adormecimiento u hormigueo',
			bladderBowel: 'Problemas nuevos con la vejiga o el intestino',
			severe: 'Dolor tan fuerte que cuesta pensar, dormir o moverse',
			water: 'Agua',
			note: 'Nota'
		},
		yes: 'Sí',
		no: 'No',
		painValue: (n: number) => `${n} de 10`,
		painDown: (by: number, before: number) => `${by} menos que ayer, que fue ${before}`,
		painUp: (by: number, before: number) => `${by} más que ayer, que fue ${before}`,
		same: 'igual que ayer',
		yesterday: (answer: string) => `ayer: ${answer}`,
		glasses: { one: '# vaso', other: '# vasos' },
		notAsked: 'Ese día no se preguntó',
		placeUnknown: 'Sí, sin anotar dónde',
		places: (labels: readonly string[]) => labels.join('; ')
	}
} satisfies Messages<typeof en>;
