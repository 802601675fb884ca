// The names of built-in routines and timers in the page's language. For now they read the
// content's English; they are the one place to point at the content's catalogs once those exist.
// A routine or timer of the person's own keeps the name they gave it.
import type { Lang } from '$lib/core/lang';
import type { Program, Routine } from '$lib/core/model';

export function routineTitle(_lang: Lang, routine: Pick<Routine, 'id' | 'title'>): string {
	return routine.title;
}

export function routinePurpose(_lang: Lang, routine: Pick<Routine, 'id' | 'purpose'>): string {
	return routine.purpose;
}

export function programTitle(_lang: Lang, program: Pick<Program, 'id' | 'title'>): string {
	return program.title;
}

export function programPurpose(_lang: Lang, program: Pick<Program, 'id' | 'purpose'>): string {
	return program.purpose;
}
