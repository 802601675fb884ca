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
	optional: '(opcional)',
	title: (page: string) => `${page} · Limber`
} satisfies Messages<typeof en>;
