import type { Messages } from '$lib/i18n/catalog';
import type en from './share.en';

export default {
	link: {
		missing: 'Este enlace no contiene ninguna rutina. Pide el enlace de nuevo.',
		tooLong: 'Este enlace es demasiado largo para ser una rutina de Limber, así que no se abrió.',
		damaged:
			'Este enlace está dañado: le falta una parte o se cambió por el camino. Pide el enlace de nuevo.',
		newer:
			'Esta rutina se compartió desde una versión más nueva de Limber. Actualiza Limber y vuelve a abrir el enlace.',
		invalid: 'Este enlace no contiene una rutina que Limber pueda usar.'
	},
	file: {
		empty: 'Este archivo está vacío.',
		tooBig: 'Este archivo es demasiado grande para ser una rutina de Limber, así que no se leyó.',
		unreadable: 'No se pudo leer este archivo. Vuelve a elegirlo.',
		notJson: 'Este archivo no es una rutina de Limber: no es un JSON legible.',
		notRoutine: 'Este archivo no es una rutina de Limber.',
		newer:
			'Este archivo se exportó desde una versión más nueva de Limber. Actualiza Limber e inténtalo de nuevo.',
		invalid: 'La rutina de este archivo no se puede usar.'
	},
	invalid: (why, what) => `${why} ${what}`,
	stepForm: 'Cada paso necesita o un tiempo para mantener la postura o un número de repeticiones.',
	malformed: 'Falta una parte o no tiene la forma correcta.',
	atStep: (n, what) => `Paso ${n}: ${what}`,
	beyond: {
		titleMissing: 'Esta rutina no tiene un nombre que Limber pueda mostrar.',
		titleLong: (count, max) =>
			`El nombre de esta rutina tiene ${count} caracteres; Limber admite nombres de hasta ${max}.`,
		purposeLong: (count, max) =>
			`Las notas de esta rutina tienen ${count} caracteres; Limber admite notas de hasta ${max}.`,
		stepsMissing: 'Esta rutina no tiene pasos; una rutina necesita al menos uno.',
		stepsMany: (count, max) =>
			`Esta rutina tiene ${count} pasos; Limber admite rutinas de hasta ${max} pasos.`,
		exerciseUnknown: (n) =>
			`El paso ${n} de esta rutina es un ejercicio que no está en la biblioteca de Limber.`,
		hold: (n, value, min, max) =>
			`En el paso ${n} de esta rutina se mantiene la postura ${value} segundos; Limber admite de ${min} a ${max} segundos enteros.`,
		reps: (n, value, min, max) =>
			`El paso ${n} de esta rutina tiene ${value} repeticiones; Limber admite de ${min} a ${max}.`,
		secondsPerRep: (n, value, min, max) =>
			`En el paso ${n} de esta rutina cada repetición dura ${value} segundos; Limber admite de ${min} a ${max} segundos enteros.`,
		rest: (n, value, min, max) =>
			`En el paso ${n} de esta rutina se descansa ${value} segundos; Limber admite descansos de ${min} a ${max} segundos enteros.`
	},
	nothingSaved: 'No se guardó nada.',
	shared: {
		title: 'Rutina compartida',
		description:
			'Una rutina que alguien compartió contigo: revísala y, si la quieres, guarda una copia.',
		opening: 'Abriendo el enlace…',
		intro:
			'Alguien compartió esta rutina contigo. Revísala y luego guarda tu propia copia o empiézala ahora.'
	},
	preview: {
		saved: 'Guardada',
		notSaved: 'Vista previa: aún sin guardar',
		savedToMine: 'Guardada en mis rutinas',
		saveToMine: 'Guardar en mis rutinas',
		startNow: 'Empezar ahora',
		cancel: 'Cancelar',
		savedLine: 'Guardada en tus rutinas. {open} o {all}.',
		openIt: 'Ábrela',
		seeAll: 've todas las rutinas',
		download: 'Descargar esta rutina',
		downloadAfter: 'Para recuperarla, elige “Importar un archivo de rutina” en la página Rutinas.'
	},
	card: {
		title: 'Compartir',
		intro:
			'Cualquier persona con el enlace puede abrir esta rutina en Limber, incluso sin conexión, y guardar su propia copia. La rutina va dentro del propio enlace; no se sube nada.',
		linkLabel: 'Enlace a esta rutina',
		share: 'Compartir enlace',
		text: (title) => `Una rutina de estiramientos para Limber: ${title}`,
		said: {
			shared: 'Compartido.',
			copied: 'Enlace copiado',
			unsupported:
				'Este navegador no pudo copiar el enlace. Selecciona el enlace de arriba y cópialo.'
		}
	}
} satisfies Messages<typeof en>;
