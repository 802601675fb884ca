import type { Messages } from '$lib/i18n/catalog';
import type en from './shell.en';

export default {
	skip: 'Ir al contenido',
	brandLabel: 'Limber, Hoy',
	offline: 'Sin conexión',
	getHelp: 'Ayuda médica',
	nav: {
		label: 'Principal',
		today: 'Hoy',
		routines: 'Rutinas',
		timers: 'Temporizadores',
		history: 'Historial',
		guide: 'Guía',
		settings: 'Configuración'
	},
	alerts: {
		tryAgain: 'Intentar de nuevo',
		downloaded: (after: string) => `El archivo está en tus descargas. ${after}`,
		noDownload: 'Este navegador no inició la descarga.',
		stillNot: 'Se intentó de nuevo: todavía no se guarda nada.',
		deleted: (name: string) => `Se eliminó “${name}”.`,
		undo: 'Deshacer',
		dismiss: 'Cerrar',
		update: 'Hay una nueva versión de Limber.',
		updating: 'Actualizando…',
		reload: 'Recargar para actualizar',
		later: 'Más tarde'
	},
	title: (page: string) => `${page} · Limber`
} satisfies Messages<typeof en>;
