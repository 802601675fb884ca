import type { Messages } from '$lib/i18n/catalog';
import type en from './shell.en';

export default {
	/** The app's name, the same in every language. */
	brand: 'Limber',
	skip: 'Ir al contenido',
	brandLabel: 'Limber, Hoy',
	offline: 'Sin conexión',
	getHelp: 'Ayuda médica',
	nav: {
		label: 'Principal',
		today: 'Hoy',
		routines: 'Rutinas',
		timers: 'Tempori\u00ADzadores',
		history: 'Historial',
		guide: 'Guía',
		settings: 'Configu\u00ADración'
	},
	disclaimer:
		'Limber ofrece información general de autocuidado, no un diagnóstico ni consejo médico; deja cualquier estiramiento que te cause dolor punzante o adormecimiento.',
	pain: {
		level: (n: number) =>
			`${n} de 10${n === 0 ? ', sin dolor' : n === 10 ? ', el peor dolor' : ''}`,
		none: 'Sin dolor',
		worst: 'El peor dolor',
		skip: 'Omitir'
	},
	optional: '(opcional)',
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
	title: (page: string) => `${page} · Limber`
} satisfies Messages<typeof en>;
