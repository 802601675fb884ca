import type { Messages } from '$lib/i18n/catalog';
import type en from './settings.en';

export default {
	title: 'Configuración',
	description:
		'Voz, sonido y pantalla, un recordatorio diario para el registro del día, copias de seguridad y los datos que Limber guarda en este dispositivo.',
	appearance: 'Apariencia',
	theme: 'Tema',
	themes: { system: 'Igual que este dispositivo', light: 'Claro', dark: 'Oscuro' },
	themeNotKept:
		'Este navegador no deja que Limber guarde esta elección (su almacenamiento está lleno o desactivado), así que solo dura hasta que cierres la app.',
	language: 'Idioma',
	languageHint: 'Las palabras de Limber, en todas las páginas.',
	install: 'Instalar',
	installText:
		'Una vez instalada, Limber se abre desde tu pantalla de inicio como cualquier app y funciona sin conexión.',
	about: 'Acerca de Limber',
	aboutText:
		'Limber guarda todo lo que registras en este dispositivo. No envía nada a ningún sitio y no carga nada de otros sitios web.',
	version: 'Versión {version} · licencia MIT',
	privacy: 'Qué guarda Limber y tu privacidad'
} satisfies Messages<typeof en>;
