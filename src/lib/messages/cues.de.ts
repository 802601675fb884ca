import { formatSpan } from '$lib/i18n/format';
import type { Messages } from '$lib/i18n/catalog';
import type en from './cues.en';

/** "vor 3 Minuten", or "gerade eben" under a second. */
const ago = (ms: number) => (ms < 1000 ? 'gerade eben' : `vor ${formatSpan('de', ms)}`);

export default {
	getReady: (name: string) => `Bereit machen: ${name}`,
	getReadyCue: (name: string) => `Bereit machen: ${name}.`,
	switchSides: 'Seite wechseln',
	side: {
		left: (name: string) => `${name} (linke Seite)`,
		right: (name: string) => `${name} (rechte Seite)`
	},
	sideCue: {
		left: (cue: string) => `Linke Seite. ${cue}`,
		right: (cue: string) => `Rechte Seite. ${cue}`
	},
	rest: 'Ausruhen',
	restCue: (next: string) => `Ausruhen. Als Nächstes: ${next}.`,
	phases: {
		ice: 'Kühlen',
		'warm-up': 'Kühlpack ab',
		heat: 'Wärme',
		relax: 'Ausruhen',
		walk: 'Gehen'
	},
	phaseRound: (name: string, round: number, rounds: number) =>
		`${name} – Runde ${round} von ${rounds}`,
	phaseCues: {
		ice: 'Legen Sie das Kühlpack auf. Wickeln Sie es in ein Tuch.',
		'warm-up':
			'Kühlpack ab. Lassen Sie die Haut wieder warm werden und prüfen Sie, ob sie normal aussieht.',
		heat: 'Legen Sie die Wärme auf. Lassen Sie immer Stoff zwischen Haut und Wärme.',
		relax: 'Ausruhen. Legen Sie sich hin und lassen Sie den Rücken locker.',
		walk: 'Gehen Sie in ruhigem Tempo.'
	},
	skinCheck: 'Prüfen Sie zuerst, ob Ihre Haut normal aussieht und sich normal anfühlt.',
	turnAround: 'Drehen Sie um und gehen Sie zurück.',
	tenSeconds: 'Noch 10 Sekunden',
	halfway: 'Halbzeit',
	finished: 'Gut gemacht. Einheit abgeschlossen.',
	complete: 'Einheit abgeschlossen.',
	step: (n: number, total: number, label: string) => `Schritt ${n} von ${total}: ${label}`,
	paused: 'Pausiert',
	resumed: 'Fortgesetzt',
	gap: {
		finished: (ended: string, agoMs: number) =>
			`${ended} ${ago(agoMs)} beendet – Einheit abgeschlossen.`,
		stopped: (agoMs: number) => `Einheit ${ago(agoMs)} beendet.`,
		moved: (ended: string, agoMs: number, now: string) =>
			`${ended} ${ago(agoMs)} beendet – jetzt ${now}.`,
		movedTo: (ended: string, agoMs: number, step: string) =>
			`${ended} ${ago(agoMs)} beendet – jetzt: ${step}.`,
		ended: {
			'lead-in': 'Bereit machen',
			'switch-sides': 'Seitenwechsel',
			rest: 'Ausruhen',
			ice: 'Kühlen',
			'warm-up': 'Pause ohne Kühlpack',
			heat: 'Wärme',
			relax: 'Ausruhen',
			walk: 'Gehen'
		},
		now: {
			'lead-in': 'machen Sie sich bereit',
			'switch-sides': 'wechseln Sie die Seite',
			rest: 'ruhen Sie sich aus',
			ice: 'ist das Kühlpack aufgelegt',
			'warm-up': 'wird die Haut wieder warm',
			heat: 'ist die Wärme aufgelegt',
			relax: 'ruhen Sie sich aus',
			walk: 'gehen Sie in ruhigem Tempo'
		}
	}
} satisfies Messages<typeof en>;
