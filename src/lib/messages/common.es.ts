import type { Messages } from '$lib/i18n/catalog';
import type en from './common.en';

import type { HeldThing, StorageProblem, StorageSaid, StoredThing } from '$lib/core/storage-said';

/** "esta sesión", "este temporizador": what a write was of, with its demonstrative. */
const THIS: Record<StoredThing | HeldThing, string> = {
	session: 'esta sesión',
	'journal-entry': 'este registro del día',
	'running-session': 'esta sesión en curso',
	setting: 'este ajuste',
	episode: 'este episodio',
	routine: 'esta rutina',
	program: 'este temporizador',
	'check-in': 'este registro del día',
	note: 'esta nota',
	timer: 'este temporizador'
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const WHY: Record<StorageProblem, string> = {
	unavailable:
		'Este navegador no deja que Limber guarde nada (navegación privada o almacenamiento desactivado)',
	quota: 'Tu dispositivo no tiene espacio libre',
	error: 'El almacenamiento de Limber dejó de funcionar'
};

const NEXT: Record<StorageProblem, string> = {
	unavailable:
		'Para conservar tus registros, usa Limber en una ventana normal del navegador con el almacenamiento permitido.',
	quota: 'Libera espacio y toca Intentar de nuevo.',
	error: 'Toca Intentar de nuevo dentro de un momento.'
};

const BACKUP: Record<Extract<StorageSaid, { code: 'backup' }>['step'], string> = {
	export: 'Limber no pudo leer tus datos para exportarlos. Vuelve a intentarlo.',
	restore: 'Limber no pudo restaurar esta copia de seguridad. No se cambió nada.',
	'restore-quota':
		'No hay espacio suficiente en este dispositivo para restaurar esta copia de seguridad. No se cambió nada.',
	erase: 'Limber no pudo borrar tus datos. Vuelve a intentarlo.'
};

export default {
	pain: {
		level: (n: number) =>
			`${n} de 10${n === 0 ? ', sin dolor' : n === 10 ? ', el peor dolor' : ''}`,
		none: 'Sin dolor',
		worst: 'El peor dolor',
		skip: 'Omitir'
	},
	alerts: {
		tryAgain: 'Intentar de nuevo',
		downloaded: (after: string) => `El archivo está en tus descargas. ${after}`,
		noDownload: 'Este navegador no inició la descarga.',
		stillNot: 'Se intentó de nuevo: todavía no se guarda nada.',
		deleted: (name: string) => `Se eliminó “${name}”.`,
		notDeleted: (name: string) => `No se eliminó: ${name}`,
		undo: 'Deshacer',
		dismiss: 'Cerrar',
		update: 'Hay una nueva versión de Limber.',
		updating: 'Actualizando…',
		reload: 'Recargar para actualizar',
		later: 'Más tarde'
	},
	storage: {
		status: (reason, tab?) => {
			if (tab === 'older')
				return 'Hay otra pestaña de Limber abierta con una versión anterior de la app. Ciérrala y vuelve a cargar esta página; hasta entonces, nada se conservará después de cerrar la app.';
			if (tab === 'newer')
				return 'Hay una versión más nueva de Limber abierta en otra pestaña. Vuelve a cargar esta página para usarla; hasta entonces, nada se conservará después de cerrar la app.';
			const what = reason === 'unavailable' ? 'lo que hagas ahora' : 'lo que guardes ahora';
			return `${WHY[reason]}, así que ${what} se conserva solo hasta que cierres la app. ${NEXT[reason]}`;
		},
		said: (s) => {
			switch (s.code) {
				case 'refused':
					return s.problem === 'error'
						? `Limber no pudo guardar ${THIS[s.thing]}. Vuelve a intentarlo.`
						: `${WHY[s.problem]}, así que ${THIS[s.thing]} no se guardó. ${NEXT[s.problem]}`;
				case 'invalid':
					return `No se pudo guardar ${THIS[s.thing]} porque falta una parte o algo está fuera de rango.`;
				case 'exists':
					return `${capital(THIS[s.thing])} ya se había guardado.`;
				case 'setting':
					return s.problem === 'name'
						? 'Este ajuste tiene un nombre que no se puede usar.'
						: 'No se pudo guardar este ajuste porque su valor no son datos simples.';
				case 'backup':
					return BACKUP[s.step];
			}
		},
		held: (problem, what) =>
			`${WHY[problem]}, así que ${THIS[what]} no se ha guardado en este dispositivo: queda en la memoria de Limber solo hasta que cierres la app. ${NEXT[problem]}`,
		heldDelete: (problem, what) =>
			`${WHY[problem]}, así que ${THIS[what]} no se ha borrado de este dispositivo: deja de verse solo hasta que cierres la app. ${NEXT[problem]}`
	}
} satisfies Messages<typeof en>;
