import type { Messages } from '$lib/i18n/catalog';
import type en from './quick-starts.en';

export default {
	places: {
		'first-hours-floor': 'Auf dem Boden',
		'first-hours': 'Auf einem Bett oder Sofa',
		'first-hours-standing': 'Im Stehen oder Sitzen'
	},
	startRelief: 'Sanfte Dehnübungen im Liegen starten',
	tiles: { 'ice-20': 'Kühlen 20', 'heat-20': 'Wärme 20', 'rest-10': 'Ausruhen 10' },
	rounds: { one: '# Durchgang', other: '# Durchgänge' },
	onOff: (on: string, off: string) => `${on} kühlen, ${off} ohne Kühlpack`
} satisfies Messages<typeof en>;
