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
