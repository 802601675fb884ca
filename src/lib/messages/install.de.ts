import type en from './install.en';
import type { Messages } from '$lib/i18n/catalog';

export default {
	install: 'Installieren',
	ios: {
		title: 'Limber zum Home-Bildschirm hinzufügen',
		share: 'Tippen Sie in der Symbolleiste von Safari auf „Teilen“.',
		choose: 'Wählen Sie {b}.',
		addToHome: 'Zum Home-Bildschirm',
		tap: 'Tippen Sie auf {b}. Limber öffnet sich dann im Vollbild und funktioniert ohne Verbindung.',
		add: 'Hinzufügen',
		close: 'Schließen'
	},
	installed: 'Limber ist auf diesem Gerät installiert.',
	notOffered:
		'Ihr Browser hat die Installation hier nicht angeboten. Wählen Sie in Chrome oder Edge im Menü „App installieren“. Öffnen Sie Limber auf iPhone und iPad in Safari und wählen Sie Teilen → Zum Home-Bildschirm.'
} satisfies Messages<typeof en>;
