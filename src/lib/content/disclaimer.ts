// The one-sentence disclaimer, said once: in full on the pre-start of a person's first session
// (and as the one-line first-run note at the foot of each page until then), and in About. In its
// own module so the first-run note on every page loads it without the whole guide.
export const disclaimer =
	'Limber gives general self-care information, not a diagnosis or medical advice; stop any stretch that causes sharp pain or numbness.';
