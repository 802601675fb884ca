// Where the player is for the page shown: "/play", "/es/play"…, so a session started from a
// page in Spanish opens the Spanish player.
import { hrefIn, langOfPath } from '$lib/core/lang';

export const playHref = (): string =>
	hrefIn(langOfPath(typeof location === 'undefined' ? '/' : location.pathname), '/play');
