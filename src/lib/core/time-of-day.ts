// The time of day of an instant, apart from the other formats: Today's check-in needs only this,
// and a first visit downloads nothing else of core/format.ts.

let clock: Intl.DateTimeFormat | undefined;

/** The time of day of an instant as this device writes it ("2:05 PM", "14:05"). */
export function timeOfDay(epochMs: number): string {
	// Made once, when first needed: making a formatter costs far more than using one.
	clock ??= new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
	return clock.format(epochMs);
}
