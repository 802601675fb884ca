import type { Messages } from '$lib/i18n/catalog';
import type en from './quick-starts.en';

export default {
	places: {
		'first-hours-floor': 'En el suelo',
		'first-hours': 'En una cama o un sofá',
		'first-hours-standing': 'De pie o en una silla'
	},
	startRelief: 'Empezar estiramientos suaves, boca arriba o de lado',
	tiles: { 'ice-20': 'Hielo 20', 'heat-20': 'Calor 20', 'rest-10': 'Descanso 10' },
	rounds: { one: '# ronda', other: '# rondas' },
	onOff: (on: string, off: string) => `${on} con hielo, ${off} sin hielo`
} satisfies Messages<typeof en>;
