// What the layout sweep looks for on a page, run inside it (`page.evaluate(layoutProblems, skip)`):
// sideways overflow, targets smaller than 48 px, and text under 14 px. One function with its
// helpers inside, because Playwright sends only the function's own source to the page.

/**
 * @param {string[]} skip selectors of elements left out, each named in the test with its reason
 * @returns {string[]} one line per problem
 */
export function layoutProblems(skip = []) {
	/** Drawn for a sighted person: not display:none, not visually hidden, not in a closed details. */
	const drawn = (el) => {
		for (let e = el; e; e = e.parentElement) {
			const s = getComputedStyle(e);
			if (s.display === 'none' || s.visibility === 'hidden') return false;
			const r = e.getBoundingClientRect();
			if ((s.overflow === 'hidden' || s.clip !== 'auto') && (r.width <= 1 || r.height <= 1))
				return false;
			if (e.tagName === 'DETAILS' && !e.open && e !== el) {
				const summary = e.querySelector(':scope > summary');
				if (!summary || !summary.contains(el)) return false;
			}
		}
		return true;
	};
	/** A link inside running text: it may be a line tall, with the text around it. */
	const inlineText = (el) =>
		el.tagName === 'A' &&
		getComputedStyle(el).display === 'inline' &&
		!!el.parentElement &&
		el.parentElement.textContent.trim().length > el.textContent.trim().length;
	const skipped = (el) => skip.some((s) => el.closest(s));

	const problems = [];
	const width = document.documentElement.clientWidth;
	if (document.documentElement.scrollWidth > width)
		problems.push(`overflow: ${document.documentElement.scrollWidth} > ${width}`);
	const targets = document.querySelectorAll(
		'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=switch]'
	);
	for (const el of targets) {
		if (skipped(el) || el.closest('[inert]') || !drawn(el)) continue;
		const label = el.closest('label');
		// A radio or a box inside its label: the label is what is tapped.
		const box = (
			(el.type === 'radio' || el.type === 'checkbox') && label ? label : el
		).getBoundingClientRect();
		if (box.width === 0 && box.height === 0) continue;
		if ((box.width < 47.5 || box.height < 47.5) && !inlineText(el)) {
			const name = (el.getAttribute('aria-label') || el.textContent || el.tagName).trim();
			problems.push(
				`target ${Math.round(box.width)}×${Math.round(box.height)}: ${el.tagName.toLowerCase()} "${name.slice(0, 40)}"`
			);
		}
	}
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const seen = new Set();
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const el = n.parentElement;
		if (!el || seen.has(el) || !n.textContent.trim()) continue;
		seen.add(el);
		if (['SCRIPT', 'STYLE', 'TITLE'].includes(el.tagName) || skipped(el) || !drawn(el)) continue;
		const size = parseFloat(getComputedStyle(el).fontSize);
		// SVG text is drawn at the picture's scale: its size times that scale is what is seen.
		const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
		const shown = size * scale;
		if (shown < 13.9)
			problems.push(`text ${shown.toFixed(1)} px: "${n.textContent.trim().slice(0, 40)}"`);
	}
	return problems;
}
