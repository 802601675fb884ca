import type { Messages } from '$lib/i18n/catalog';
import type en from './about.en';

export default {
	title: 'Acerca de y privacidad',
	description:
		'Limber guarda tu historial, tus registros del día y tus rutinas solo en este dispositivo. No envía nada a ningún sitio.',
	heading: 'Acerca de Limber',
	lead: 'Limber te guía en estiramientos suaves y temporizadores de hielo, calor y descanso para los espasmos en la parte baja de la espalda, y guarda un diario privado.',
	help: 'Cuándo pedir ayuda',
	stores: 'Lo que guarda Limber',
	kept: [
		'Tu historial: las rutinas y los temporizadores que has hecho, con el dolor que anotaste.',
		'Tu diario: el registro de cada día.',
		'Las rutinas y los temporizadores que creas tú.',
		'Tu configuración, como el tema, el día malo y la guía por voz.'
	],
	where: 'Dónde se guarda',
	whereText:
		'Solo en este dispositivo, en este navegador. Otro navegador u otro teléfono no lo ven, y si borras los datos de este sitio en el navegador, se borra.',
	shares: 'Lo que comparte',
	sharesText:
		'Nada. Limber no envía nada a ningún sitio y no carga nada de otras webs: sin cuentas, sin analíticas, sin anuncios. Una vez abierto, funciona sin conexión.',
	backup: 'Guardar una copia',
	backupText:
		'Para tener tus datos a salvo o pasarlos a otro dispositivo, crea una copia de seguridad en {link} → Copia de seguridad y restáurala allí en el otro dispositivo.',
	settings: 'Configuración',
	licence: 'Licencia y versión',
	licenceText: 'Limber es software libre con licencia MIT.',
	version: 'Versión'
} satisfies Messages<typeof en>;
