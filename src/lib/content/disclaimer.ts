// The one-sentence disclaimer, in its own module so the first-run note on every page loads it
// without the whole guide.
export const disclaimer =
	'Limber gives general self-care information, not a diagnosis or medical advice; stop any stretch that causes sharp pain or numbness.';
