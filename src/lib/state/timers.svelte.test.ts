// The person's own timers: nothing written unless the whole draft is valid; a new timer gets a
// new id, an edit replaces the one it edits and keeps what it was based on; copies under a new
// name; found from the loaded list or straight from storage; deleted with Undo; every change
// listed at once, and every refusal a sentence.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { programById as programShape } from '$lib/content/programs';
import { draftFromProgram, type ProgramDraft } from '$lib/core/program-draft';
import { StorageError } from '$lib/storage/errors';
import * as programs from '$lib/storage/programs';
import { freshStorage, program } from '$lib/storage/testing';
import { library } from './library.svelte';
import { timers } from './timers.svelte';
import { programCatalog, withProgramWords } from '$lib/messages/programs';
import { library as libraryWords } from '$lib/messages/library';

await Promise.all([programCatalog.load('en'), libraryWords.load('en')]);
// The built-in timers with their English words, as an English page shows them.
const programById = (id: string) => {
	const shape = programShape(id);
	return shape && withProgramWords('en', shape);
};

// The library starts sessions through SvelteKit's navigation, which needs a browser window.
vi.mock('$app/navigation', () => ({ goto: async () => {} }));

const NOW = Date.UTC(2024, 4, 10, 9, 0);

const draft = (overrides: Partial<ProgramDraft> = {}): ProgramDraft => ({
	title: 'Evening heat',
	purpose: 'Before bed',
	rounds: 2,
	phases: [
		{ kind: 'heat', duration: '15:00' },
		{ kind: 'relax', duration: '5:00' }
	],
	...overrides
});

beforeEach(async () => {
	vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
	await freshStorage();
	await library.load();
});
afterEach(() => {
	timers.deleted.dismiss();
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('timers', () => {
	it('saves a valid draft as a new timer of the person’s own, listed at once', async () => {
		const saved = await timers.save(draft());
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		expect(saved.value).toMatchObject({
			title: 'Evening heat',
			rounds: 2,
			phases: [
				{ kind: 'heat', seconds: 900 },
				{ kind: 'relax', seconds: 300 }
			],
			updatedAt: new Date(NOW).toISOString()
		});
		expect(await programs.get(saved.value.id)).toEqual(saved.value);
		expect(library.userPrograms).toEqual([saved.value]);
		const again = await timers.save(draft());
		expect(again.ok && again.value.id).not.toBe(saved.value.id);
	});

	it('writes nothing unless the whole draft is valid', async () => {
		expect(await timers.save(draft({ title: ' ' }))).toEqual({
			ok: false,
			error: 'Please check the timer before saving.'
		});
		expect(await timers.save(draft({ phases: [{ kind: 'heat', duration: 'soon' }] }))).toEqual({
			ok: false,
			error: 'Please check the timer before saving.'
		});
		expect(await programs.list()).toEqual([]);
	});

	it('replaces the timer it edits, keeping what that was based on', async () => {
		await programs.put(program('p1', { basedOn: 'ice-20' }));
		const saved = await timers.save(draft({ title: 'Renamed' }), { id: 'p1', basedOn: 'heat-15' });
		expect(saved.ok && saved.value).toMatchObject({
			id: 'p1',
			title: 'Renamed',
			basedOn: 'ice-20'
		});
		expect(await programs.list()).toHaveLength(1);
		const fresh = await timers.save(draft(), { basedOn: 'heat-15' });
		expect(fresh.ok && fresh.value.basedOn).toBe('heat-15');
	});

	it('copies a built-in or own timer under a new name that remembers the original', async () => {
		const ice = programById('ice-20')!;
		const copy = await timers.duplicate(ice, 'copy');
		expect(copy.ok && copy.value).toMatchObject({
			title: `${ice.title} (copy)`,
			basedOn: 'ice-20',
			phases: ice.phases
		});
		expect(library.userPrograms).toHaveLength(1);
	});

	it('finds one of the person’s timers before or after the library has loaded', async () => {
		await programs.put(program('p1'));
		expect(await timers.find('p1')).toEqual(program('p1'));
		await vi.waitFor(() => expect(library.loaded).toBe(true));
		const read = vi.spyOn(programs, 'get');
		expect(await timers.find('p1')).toEqual(program('p1'));
		expect(read).not.toHaveBeenCalled();
		expect(await timers.find('nobody')).toBeUndefined();
	});

	it('deletes at once and offers Undo, which puts the timer back as it was', async () => {
		const saved = await timers.save(draftFromProgram(program('x')));
		if (!saved.ok) throw new Error(saved.error);
		expect(await timers.remove(saved.value)).toEqual({ ok: true });
		expect(await programs.get(saved.value.id)).toBeUndefined();
		expect(library.userPrograms).toEqual([]);
		expect(timers.deleted.item).toEqual(saved.value);
		expect(await timers.deleted.undo()).toBe(true);
		expect(await programs.get(saved.value.id)).toEqual(saved.value);
		expect(library.userPrograms).toEqual([saved.value]);
	});

	it('a delete held only in memory offers no Undo: the timer is not deleted from the device', async () => {
		const saved = await timers.save(draftFromProgram(program('x')));
		if (!saved.ok) throw new Error(saved.error);
		vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		expect(await timers.remove(saved.value)).toEqual({ ok: true, value: undefined });
		// Gone from this visit's list, as this visit reads it, but not from the device.
		expect(library.userPrograms).toEqual([]);
		expect(timers.deleted.item).toBeNull();
		expect(timers.deleted.held?.message).toMatch(/this timer isn't deleted from this device/);
	});

	it('says why a change was not stored', async () => {
		vi.spyOn(programs, 'put').mockResolvedValue({
			ok: false,
			error: new StorageError('quota', { code: 'refused', problem: 'quota', thing: 'program' })
		});
		expect(await timers.save(draft())).toEqual({
			ok: false,
			error:
				"Your device is out of storage space, so this program wasn't saved. Free up some space, then tap Try again."
		});
		expect(await timers.duplicate(program('p1'), 'copy')).toEqual({
			ok: false,
			error:
				"Your device is out of storage space, so this program wasn't saved. Free up some space, then tap Try again."
		});
		expect(library.userPrograms).toEqual([]);
	});
});
