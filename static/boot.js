// Runs in every page's head before it paints. Wrapped in a function so its names stay out of the
// page's global scope (and the build can shorten them: tools/build/minify-static.js).
(function () {
	// Display preferences onto <html> before the first paint (see src/lib/state/display.svelte.ts).
	try {
		var d = JSON.parse(localStorage.getItem('limber:display') || 'null') || {},
			r = document.documentElement;
		if (d.theme === 'light' || d.theme === 'dark') r.dataset.theme = d.theme;
		r.dataset.flare = String(d.flare === true);
		r.dataset.introSeen = String(d.introSeen === true);
	} catch {
		// Storage blocked: the defaults apply.
	}

	// The language: a page in English, opened by a browser that prefers Spanish or German, goes to the
	// same page in that language before anything paints, where it is written in it (the page's
	// hreflang alternates say so); a language chosen in Settings ('limber.lang') goes first, from any
	// page. A page opened in Spanish or German stays in it unless another language was chosen.
	try {
		// Settings' language links add "?chosen": the choice is kept here, on arrival, so it holds
		// even when the link was followed before the page it was on had started.
		var asked = new URLSearchParams(location.search);
		if (asked.has('chosen')) {
			localStorage.setItem('limber.lang', (/^\/(es|de)(\/|$)/.exec(location.pathname) || [0, 'en'])[1]);
			asked.delete('chosen');
			var rest = asked.toString();
			history.replaceState(history.state, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
		}
		var here = document.documentElement.lang,
			wanted = localStorage.getItem('limber.lang'),
			tags = navigator.languages || [navigator.language];
		for (var i = 0; !wanted && here === 'en' && i < tags.length; i++) {
			var primary = String(tags[i]).split('-')[0].toLowerCase();
			if (primary === 'en' || primary === 'es' || primary === 'de') wanted = primary;
		}
		var other = wanted && wanted !== here && document.querySelector('link[hreflang="' + wanted + '"]');
		if (other) location.replace(other.getAttribute('href') + location.search + location.hash);
	} catch {
		// Storage blocked: the page stays in its own language.
	}
})();
