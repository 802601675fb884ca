import type en from './install.en';
import type { Messages } from '$lib/i18n/catalog';

export default {
	install: 'Instalar',
	ios: {
		title: 'Añade Limber a tu pantalla de inicio',
		share: 'Toca el botón Compartir en la barra de Safari.',
		choose: 'Elige {b} (en algunos teléfonos se llama “Agregar a inicio”).',
		addToHome: 'Añadir a pantalla de inicio',
		tap: 'Toca {b}. Así Limber se abre en pantalla completa y funciona sin conexión.',
		add: 'Añadir',
		close: 'Cerrar'
	},
	installed: 'Limber está instalado en este dispositivo.',
	notOffered:
		'Tu navegador no ha ofrecido instalar Limber aquí. En Chrome o Edge, usa “Instalar aplicación” en el menú; en iPhone y iPad, abre Limber en Safari y usa Compartir → Añadir a pantalla de inicio.'
} satisfies Messages<typeof en>;
