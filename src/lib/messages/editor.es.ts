import type { Messages } from '$lib/i18n/catalog';
import type en from './editor.en';

const help = 'Escribe minutos (20), minutos y segundos (1:30) u horas (1:05:00).';
const range = 'Usa un tiempo de 10 segundos a 2 horas.';

export default {
	cancel: 'Cancelar',
	checkBeforeSaving: {
		one: 'Revisa esto antes de guardar:',
		other: 'Revisa estos puntos antes de guardar:'
	},
	timer: {
		builder: 'Editor de temporizadores',
		editNamed: (title) => `Editar ${title}`,
		makeYourOwn: 'Crea tu propio temporizador',
		create: 'Crear un temporizador',
		description: 'Crea o cambia un temporizador propio de hielo, calor o descanso.',
		notFound: 'No se encontró el temporizador',
		missing: {
			edit: 'No hay ningún temporizador guardado con este enlace en este dispositivo, así que no hay nada que editar.',
			copy: 'El temporizador que quieres copiar no está en este dispositivo.'
		},
		createNew: 'Crear un temporizador nuevo',
		name: 'Nombre',
		note: 'Nota para ti',
		phases: 'Fases',
		addPhase: 'Añadir una fase',
		rounds: 'Rondas',
		roundsHint: 'Las fases de arriba se hacen en orden y luego se repiten este número de veces.',
		oneFewer: 'Una ronda menos',
		oneMore: 'Una ronda más',
		download: 'Descargar este temporizador',
		downloadAfter: 'Para recuperarlo, ve a Configuración → Restaurar una copia de seguridad.',
		save: 'Guardar temporizador',
		phase: (n, name) => `Fase ${n}: ${name}`,
		what: 'Qué',
		howLong: 'Cuánto tiempo',
		orPick: 'O elige',
		pickFor: (n) => `Elige una duración para la fase ${n}`,
		commonLengths: 'Duraciones habituales…',
		reads: (length) => `= ${length}.`,
		lengthHelp: 'Minutos (20), m:ss (1:30) o h:mm:ss; de 10 segundos a 2 horas.',
		arrange: (n) => `Ordenar la fase ${n}`,
		moveUp: (n) => `Subir la fase ${n}`,
		moveDown: (n) => `Bajar la fase ${n}`,
		remove: (n) => `Quitar la fase ${n}`,
		problem: {
			titleMissing: 'Ponle un nombre a este temporizador para encontrarlo después.',
			titleTooLong: (max) => `Usa como máximo ${max} caracteres para el nombre.`,
			purposeTooLong: (max) => `Usa como máximo ${max} caracteres para la nota.`,
			rounds: (min, max) => `Elige entre ${min} y ${max} rondas.`,
			noPhases: 'Añade al menos una fase.',
			tooManyPhases: (max, over) =>
				`Un temporizador puede tener hasta ${max} fases; quita ${over}.`,
			kind: 'Elige qué es esta fase: hielo, quitar la bolsa, calor, descanso o paseo.',
			tooShort: `Es menos de 10 segundos. ${range}`,
			tooLong: `Es más de 2 horas. ${range}`,
			empty: `Falta el tiempo. ${help}`,
			over59: `Después de los dos puntos, los minutos y los segundos llegan hasta 59. ${help}`,
			unreadable: (text) => `Limber no pudo leer “${text}”. ${help}`,
			tooLarge: `Ese tiempo es demasiado largo. ${help}`
		},
		line: {
			name: (problem) => `Nombre: ${problem}`,
			note: (problem) => `Nota: ${problem}`,
			phase: (n, problem) => `Fase ${n}: ${problem}`,
			phaseNamed: (n, name, problem) => `Fase ${n} (${name}): ${problem}`,
			rounds: (problem) => `Rondas: ${problem}`
		}
	},
	routine: {
		editor: 'Editor de rutinas',
		editNamed: (title) => `Editar “${title}”`,
		duplicate: 'Duplicar rutina',
		new: 'Nueva rutina',
		description: 'Crea o cambia una rutina de estiramientos propia.',
		missing: 'Esta rutina ya no está en este dispositivo, así que no hay nada que editar.',
		makeNew: 'Crear una rutina nueva',
		fixBeforeSaving: {
			one: 'Corrige esto antes de guardar:',
			other: 'Corrige estas # cosas antes de guardar:'
		},
		download: 'Descargar esta rutina',
		downloadAfter: 'Para recuperarla, elige “Importar un archivo de rutina” en la página Rutinas.',
		name: 'Nombre',
		nameHint: (max) => `Hasta ${max} caracteres.`,
		notes: 'Notas',
		steps: 'Pasos',
		stepsCount: (count, max) => `${count} de ${max} como máximo`,
		reorderHint: 'Para cambiar el orden, arrastra un paso por su asa o usa las flechas.',
		moved: (name, n, count) => `${name}: ahora es el paso ${n} de ${count}.`,
		removed: (name) => `${name}: quitado.`,
		added: (name, n) => `${name}: añadido como paso ${n}.`,
		addExercise: 'Añadir ejercicio',
		saving: 'Guardando…',
		save: 'Guardar rutina',
		delete: 'Borrar rutina',
		step: {
			drag: 'Arrastra para cambiar el orden',
			moveUp: (name, n) => `Subir: ${name}, paso ${n}`,
			moveDown: (name, n) => `Bajar: ${name}, paso ${n}`,
			remove: (name, n) => `Quitar: ${name}, paso ${n}`,
			howToTime: (name) => `Cómo medir el tiempo de ${name}`,
			hold: 'Mantener',
			reps: 'Repeticiones',
			holdSeconds: 'Mantener (segundos)',
			repsHint: (seconds) => `Unos ${seconds} s cada una`,
			restAfter: 'Descanso después (segundos)',
			noneAfterLast: 'Ninguno después del último paso',
			eachSide: 'Cada lado',
			untimed: 'Sin temporizador: esperar a que toque Siguiente'
		},
		picker: {
			title: 'Añadir un ejercicio',
			close: 'Cerrar',
			search: 'Buscar ejercicios',
			add: (name) => `Añadir ${name}`,
			noMatch: (query) => `Ningún ejercicio coincide con “${query}”.`
		},
		problem: {
			'title-missing': 'Ponle un nombre a la rutina.',
			'title-long': (L) => `Usa como máximo ${L.titleMax} caracteres para el nombre.`,
			'purpose-long': (L) => `Usa como máximo ${L.purposeMax} caracteres para las notas.`,
			'steps-missing': 'Añade al menos un ejercicio.',
			'steps-many': (L) => `Una rutina puede tener como máximo ${L.stepsMax} pasos.`,
			'exercise-unknown': 'Este ejercicio no está en la biblioteca de Limber.',
			hold: (L) =>
				`Mantén de ${L.holdSeconds.min} a ${L.holdSeconds.max} segundos, en segundos enteros.`,
			reps: (L) => `Elige de ${L.reps.min} a ${L.reps.max} repeticiones.`,
			'seconds-per-rep': (L) =>
				`Cada repetición debe durar de ${L.secondsPerRep.min} a ${L.secondsPerRep.max} segundos enteros.`,
			rest: (L) =>
				`Descansa de ${L.restSeconds.min} a ${L.restSeconds.max} segundos, en segundos enteros.`
		},
		atStep: (n, problem) => `Paso ${n}: ${problem}`
	}
} satisfies Messages<typeof en>;
