// The optional first segment of a page in another language: "/es/…", "/de/…". English has none.
import { PREFIXED_LANGS } from '$lib/core/lang';
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is 'es' | 'de' =>
	(PREFIXED_LANGS as readonly string[]).includes(param)) satisfies ParamMatcher;
