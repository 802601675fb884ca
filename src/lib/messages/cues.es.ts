import { formatSpan } from '$lib/i18n/format';
import type { Messages } from '$lib/i18n/catalog';
import type en from './cues.en';

/** "hace 3 minutos", or "ahora mismo" under a second. */
const ago = (ms: number) => (ms < 1000 ? 'ahora mismo' : `hace ${formatSpan('es', ms)}`);

export default {
	getReady: (name: string) => `Prepárate: ${name}`,
	getReadyCue: (name: string) => `Prepárate: ${name}.`,
	switchSides: 'Cambia de lado',
	side: {
		left: (name: string) => `${name} (lado izquierdo)`,
		right: (name: string) => `${name} (lado derecho)`
	},
	sideCue: {
		left: (cue: string) => `Lado izquierdo. ${cue}`,
		right: (cue: string) => `Lado derecho. ${cue}`
	},
	rest: 'Descanso',
	restCue: (next: string) => `Descansa. Luego: ${next}.`,
	phases: {
		ice: 'Hielo',
		'warm-up': 'Quita la bolsa',
		heat: 'Calor',
		relax: 'Descanso',
		walk: 'Paseo'
	},
	phaseRound: (name: string, round: number, rounds: number) =>
		`${name}: ronda ${round} de ${rounds}`,
	phaseCues: {
		ice: 'Pon el hielo. Envuelve la bolsa en un paño.',
		'warm-up': 'Quita la bolsa. Deja que la piel recupere su temperatura y mira que se vea normal.',
		heat: 'Pon el calor. Deja siempre una tela entre la piel y el calor.',
		relax: 'Descansa. Acuéstate y deja que la espalda se suelte.',
		walk: 'Camina con calma.'
	},
	skinCheck: 'Primero mira tu piel: tiene que verse y sentirse normal.',
	turnAround: 'Da la vuelta y regresa.',
	tenSeconds: '10 segundos',
	halfway: 'Vas por la mitad',
	finished: 'Muy bien. Sesión completada.',
	complete: 'Sesión completada.',
	step: (n: number, total: number, label: string) => `Paso ${n} de ${total}: ${label}`,
	paused: 'En pausa',
	resumed: 'Sesión reanudada',
	gap: {
		finished: (ended: string, agoMs: number) =>
			`${ended} terminó ${ago(agoMs)}; sesión completada.`,
		stopped: (agoMs: number) => `Sesión detenida ${ago(agoMs)}.`,
		moved: (ended: string, agoMs: number, now: string) =>
			`${ended} terminó ${ago(agoMs)}; ahora ${now}.`,
		movedTo: (ended: string, agoMs: number, step: string) =>
			`${ended} terminó ${ago(agoMs)}; ahora: ${step}.`,
		ended: {
			'lead-in': 'La preparación',
			'switch-sides': 'El cambio de lado',
			rest: 'El descanso',
			ice: 'El hielo',
			'warm-up': 'La pausa sin bolsa',
			heat: 'El calor',
			relax: 'El descanso',
			walk: 'El paseo'
		},
		now: {
			'lead-in': 'te preparas',
			'switch-sides': 'cambias de lado',
			rest: 'descansas',
			ice: 'tienes el hielo puesto',
			'warm-up': 'la piel recupera su temperatura',
			heat: 'tienes el calor puesto',
			relax: 'descansas',
			walk: 'caminas con calma'
		}
	}
} satisfies Messages<typeof en>;
