// The person's own routines: saved with an edit time (which marks them as their own) and listed
// at once; copies under a new id that remember what they are based on; found before the library
// has loaded; a length even for a routine this version cannot play (none); deleted with Undo;
// shared as a link that opens in Limber, exported as a file and read back from either, refusing
// what is too large, unreadable or not a routine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from '$lib/storage/errors';
import { routineById as routineShape } from '$lib/content/routines';
import { MAX_FILE_BYTES, FILE_ERRORS } from '$lib/core/share';
import * as routines from '$lib/storage/routines';
import { freshStorage, routine } from '$lib/storage/testing';
import { library } from './library.svelte';
import {
	deletedRoutine,
	deleteRoutine,
	exportRoutine,
	findAnyRoutine,
	findUserRoutine,
	isKnownExercise,
	readRoutineFile,
	readSharedHash,
	routineLength,
	saveCopy,
	saveRoutine,
	shareRoutine,
	shareUrl,
	unsavedRoutine
} from './my-routines.svelte';
import { captureDownloads } from './testing.svelte';
import { library as words } from '$lib/messages/library';
import { routineCatalog, withRoutineWords } from '$lib/messages/routines';

await Promise.all([routineCatalog.load('en')]);
// The built-in routines with their English words, as an English page shows them.
const routineById = (id: string) => {
	const shape = routineShape(id);
	return shape && withRoutineWords('en', shape);
};

// The library starts sessions through SvelteKit's navigation, which needs a browser window.
vi.mock('$app/navigation', () => ({ goto: async () => {} }));

const NOW = Date.UTC(2024, 4, 10, 9, 0);

beforeEach(async () => {
	vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
	await freshStorage();
	await library.load();
});
afterEach(() => {
	deletedRoutine.dismiss();
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('saving', () => {
	it('stamps the edit time, stores the routine and lists it at once', async () => {
		const saved = await saveRoutine(routine('r1', { updatedAt: undefined }));
		expect(saved).toEqual({
			ok: true,
			value: { ...routine('r1'), updatedAt: new Date(NOW).toISOString() }
		});
		expect(await findUserRoutine('r1')).toEqual(saved.ok && saved.value);
		expect(library.userRoutines.map((r) => r.id)).toEqual(['r1']);
	});

	it('says why a routine was not saved, and lists nothing new', async () => {
		const saved = await saveRoutine(routine('r1', { title: 'x'.repeat(1_000) }));
		expect(saved.ok).toBe(false);
		expect(!saved.ok && saved.error).toMatch(/couldn't be saved/);
		expect(library.userRoutines).toEqual([]);
	});

	it('saves a copy under a new id, tidied, remembering the routine it is based on', async () => {
		const relief = routineById('spasm-relief')!;
		const copy = await saveCopy(
			{ title: '  My relief  ', purpose: ' Mornings ', steps: relief.steps },
			relief.id
		);
		expect(copy.ok).toBe(true);
		if (!copy.ok) return;
		expect(copy.value.id).not.toBe(relief.id);
		expect(copy.value).toMatchObject({
			title: 'My relief',
			purpose: 'Mornings',
			basedOn: relief.id
		});
		expect(await findUserRoutine(copy.value.id)).toEqual(copy.value);
		const plain = await saveCopy({ title: 'Mine', purpose: '', steps: relief.steps });
		expect(plain.ok && plain.value).not.toHaveProperty('basedOn');
	});

	it('finds a built-in or a stored routine to copy, before the library has loaded', async () => {
		await routines.put(routine('r1'));
		expect(await findAnyRoutine('spasm-relief')).toEqual(routineById('spasm-relief'));
		expect(await findAnyRoutine('r1')).toEqual(routine('r1'));
		expect(await findAnyRoutine('nobody')).toBeUndefined();
	});

	it('gives a draft to play without saving it an id and an edit time', () => {
		const relief = routineById('spasm-relief')!;
		const draft = { title: relief.title, purpose: relief.purpose, steps: relief.steps };
		const now = unsavedRoutine(draft);
		expect(now).toMatchObject({ ...draft, updatedAt: new Date(NOW).toISOString() });
		expect(unsavedRoutine(draft).id).not.toBe(now.id);
	});
});

describe('lengths', () => {
	it('gives a routine’s planned length, and none for one with an exercise it does not know', () => {
		expect(routineLength(routine('r1'))).toBeGreaterThan(0);
		const strange = routine('r2', {
			steps: [
				{
					exerciseId: 'from-a-newer-version',
					hold: { seconds: 30 },
					perSide: false,
					restAfterSeconds: 0
				}
			]
		});
		expect(isKnownExercise('from-a-newer-version')).toBe(false);
		expect(routineLength(strange)).toBeNull();
	});
});

describe('deleting', () => {
	it('deletes at once and offers Undo, which puts the routine back exactly as it was', async () => {
		await saveRoutine(routine('r1'));
		const saved = (await findUserRoutine('r1'))!;
		expect(await deleteRoutine(saved)).toEqual({ ok: true });
		expect(await findUserRoutine('r1')).toBeUndefined();
		expect(library.userRoutines).toEqual([]);
		expect(deletedRoutine.item).toEqual(saved);

		vi.setSystemTime(NOW + 60_000);
		expect(await deletedRoutine.undo()).toBe(true);
		expect(await findUserRoutine('r1')).toEqual(saved);
		expect(library.userRoutines).toEqual([saved]);
	});
});

describe('an Undo that cannot put the routine back', () => {
	it('says which routine and why, in the page’s words (each language says it its own way)', async () => {
		await saveRoutine(routine('r1', { title: 'Morning' }));
		const saved = (await findUserRoutine('r1'))!;
		await deleteRoutine(saved);
		vi.spyOn(routines, 'put').mockResolvedValue({
			ok: false,
			error: new StorageError('quota', { code: 'refused', problem: 'quota', thing: 'routine' })
		});
		expect(await deletedRoutine.undo()).toBe(false);
		expect(deletedRoutine.error).toBe(
			"“Morning” couldn't be brought back. Your device is out of storage space, so this routine wasn't saved. Free up some space, then tap Try again."
		);
		await Promise.all([words.load('es'), words.load('de')]);
		expect(words.get('es').notBack('Mañana', 'No queda espacio.')).toBe(
			'No se pudo recuperar “Mañana”. No queda espacio.'
		);
		expect(words.get('de').notBack('Morgens', 'Kein Platz mehr.')).toBe(
			'„Morgens“ konnte nicht wiederhergestellt werden. Kein Platz mehr.'
		);
	});
});

describe('sharing and files', () => {
	it('shares a link that opens the same routine in Limber', () => {
		vi.stubGlobal('location', { origin: 'https://limber.example' });
		const mine = routine('r1');
		const url = shareUrl(mine, 'en');
		expect(url).toMatch(/^https:\/\/limber\.example\/routines\/shared#r=/);
		// Made on a Spanish page, it opens the Spanish page; the link itself holds no words.
		const es = shareUrl(mine, 'es');
		expect(es).toMatch(/^https:\/\/limber\.example\/es\/routines\/shared#r=/);
		expect(new URL(es).hash).toBe(new URL(url).hash);
		expect(readSharedHash(new URL(url).hash)).toEqual({
			ok: true,
			value: { title: mine.title, purpose: mine.purpose, steps: mine.steps }
		});
		expect(readSharedHash('#r=not-a-routine').ok).toBe(false);
		expect(readSharedHash('').ok).toBe(false);
	});

	it('opens the share sheet with the link, or copies it where there is none', async () => {
		vi.stubGlobal('location', { origin: 'https://limber.example' });
		const share = vi.fn(async () => {});
		vi.stubGlobal('navigator', { share });
		const text = 'A stretch routine for Limber: Routine r1';
		expect(await shareRoutine(routine('r1'), 'en', text)).toBe('shared');
		expect(share).toHaveBeenCalledWith({
			title: 'Routine r1',
			text,
			url: shareUrl(routine('r1'), 'en')
		});
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		expect(await shareRoutine(routine('r1'), 'de', text)).toBe('copied');
		expect(writeText).toHaveBeenCalledWith(shareUrl(routine('r1'), 'de'));
	});

	it('exports a file that reads back as the same routine', async () => {
		const files = captureDownloads();
		const mine = routine('r1', { title: 'Evening stretch' });
		expect(exportRoutine(mine)).toBe(true);
		expect(files[0]?.name).toBe('limber-evening-stretch.json');
		const file = new File([await files[0]!.blob.text()], 'x.json');
		expect(await readRoutineFile(file)).toEqual({
			ok: true,
			value: { title: mine.title, purpose: mine.purpose, steps: mine.steps }
		});
	});

	it('says so when there is nothing to download with', () => {
		expect(exportRoutine(routine('r1'))).toBe(false);
	});

	it('refuses a file too large, unreadable or not a routine, without reading a large one', async () => {
		const big = new File(['x'], 'big.json');
		Object.defineProperty(big, 'size', { value: MAX_FILE_BYTES + 1 });
		const text = vi.spyOn(big, 'text');
		expect(await readRoutineFile(big)).toEqual({ ok: false, error: FILE_ERRORS.tooBig });
		expect(text).not.toHaveBeenCalled();

		const broken = new File(['{}'], 'gone.json');
		vi.spyOn(broken, 'text').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
		expect(await readRoutineFile(broken)).toEqual({ ok: false, error: FILE_ERRORS.unreadable });

		expect(await readRoutineFile(new File(['hello'], 'note.txt'))).toEqual({
			ok: false,
			error: FILE_ERRORS.notJson
		});
	});
});
