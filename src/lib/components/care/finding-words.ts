// A finding of the triage rules (core/triage.ts) in words: the sign's own reason for a yes in the
// check, or the sentence for what the daily check-ins logged, in the page's language.
import type { TriageFinding } from '$lib/core/triage';
import type { CareMessages } from '$lib/messages/care';

export function findingWords(m: CareMessages, finding: TriageFinding): string {
	const reason = finding.reason;
	switch (reason.code) {
		case 'answered':
			return m.signs[finding.sign].reason;
		case 'logged':
			return m.journal[reason.sign](reason.when);
		case 'numbness-somewhere':
			return m.journal.numbnessSomewhere(reason.when);
		case 'severe-rising':
			return m.journal.severeRising(reason.before, reason.now);
		case 'severe':
			return m.journal.severe(reason.when);
		case 'lasting-spasms':
			return m.journal.lastingSpasms(reason.day);
		case 'lasting-pain':
			return m.journal.lastingPain(reason.day);
	}
}
