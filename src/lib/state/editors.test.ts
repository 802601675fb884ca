// The two editors follow one pattern: a working copy opened from nothing, one's own item or a
// copy; rows that keep their keys when moved; messages only after a save attempt; and a save
// that writes only a valid draft.
import { beforeEach, describe, expect, it } from 'vitest';
import { programById as programShape } from '$lib/content/programs';
import { routineById as routineShape } from '$lib/content/routines';
import { freshStorage } from '$lib/storage/testing';
import { programs } from '$lib/storage';
import { ProgramEditor, programEditorSource } from './program-editor.svelte';
import { editorSource, RoutineEditor } from './routine-editor.svelte';
import { routineCatalog, withRoutineWords } from '$lib/messages/routines';
import { programCatalog, withProgramWords } from '$lib/messages/programs';

await Promise.all([routineCatalog.load('en'), programCatalog.load('en')]);
// The built-in routines with their English words, as an English page shows them.
const routineById = (id: string) => {
	const shape = routineShape(id);
	return shape && withRoutineWords('en', shape);
};

// The built-in timers with their English words, as an English page shows them.
const programById = (id: string) => {
	const shape = programShape(id);
	return shape && withProgramWords('en', shape);
};

beforeEach(freshStorage);

const ice = programById('ice-20')!;
const relief = routineById('spasm-relief')!;

describe('ProgramEditor and RoutineEditor', () => {
	it('open a copy under a numbered title that remembers what it is based on', () => {
		const timer = new ProgramEditor({ kind: 'duplicate', program: ice, builtIn: true }, 'copy');
		expect(timer.title).toBe(`${ice.title} (copy)`);
		expect(timer.basedOn).toBe(ice.id);
		expect(timer.original).toBeUndefined();

		const routine = new RoutineEditor({ kind: 'duplicate', routine: relief }, 'copy');
		expect(routine.title).toBe(`${relief.title} (copy)`);
		expect(routine.basedOn).toBe(relief.id);

		const again = new ProgramEditor(
			{
				kind: 'duplicate',
				program: { ...ice, id: 'mine', title: timer.title, basedOn: ice.id, updatedAt: 'x' },
				builtIn: false
			},
			'copy'
		);
		expect(again.title).toBe(`${ice.title} (copy 2)`);
		expect(again.basedOn).toBe(ice.id);
	});

	it('move rows with their keys, clamping past either end', () => {
		const timer = new ProgramEditor({ kind: 'new' }, 'copy');
		timer.add();
		timer.add();
		const keys = timer.rows.map((r) => r.key);
		timer.move(0, 99);
		expect(timer.rows.map((r) => r.key)).toEqual([keys[1], keys[2], keys[0]]);

		const routine = new RoutineEditor({ kind: 'duplicate', routine: relief }, 'copy');
		const stepKeys = routine.steps.map((s) => s.key);
		routine.move(stepKeys.length - 1, -5);
		expect(routine.steps[0]?.key).toBe(stepKeys[stepKeys.length - 1]);
		expect(routine.steps).toHaveLength(stepKeys.length);
	});

	it('show messages only after a save attempt, and save nothing invalid', async () => {
		const timer = new ProgramEditor({ kind: 'new' }, 'copy');
		timer.title = '';
		expect(timer.titleError).toBeUndefined();
		expect(await timer.save()).toBeNull();
		expect(timer.submitted).toBe(true);
		expect(timer.titleError).toBeTruthy();
		expect(timer.errors?.title).toBe('missing');

		const routine = new RoutineEditor({ kind: 'new' }, 'copy');
		expect(routine.issue('title')).toBeUndefined();
		expect(await routine.save()).toBeNull();
		expect(routine.issue('title')).toBeTruthy();
		expect((await programs.list()).length).toBe(0);
	});

	it('save a valid draft and open it again for editing', async () => {
		const timer = new ProgramEditor({ kind: 'duplicate', program: ice, builtIn: true }, 'copy');
		timer.change(timer.rows.length - 1, { kind: 'ice', duration: '10:00' });
		timer.add();
		// After cold comes the skin's break.
		expect(timer.rows.at(-1)?.kind).toBe('warm-up');
		const saved = await timer.save();
		expect(saved).not.toBeNull();
		expect(saved?.phases).toHaveLength(ice.phases.length + 1);
		expect(timer.saveError).toBe('');

		const source = await programEditorSource(new URLSearchParams({ id: saved!.id }));
		expect(source.kind).toBe('edit');
		if (source.kind !== 'edit') return;
		const editing = new ProgramEditor(source, 'copy');
		expect(editing.title).toBe(saved!.title);
		expect(editing.basedOn).toBe(ice.id);

		const routine = new RoutineEditor({ kind: 'duplicate', routine: relief }, 'copy');
		const stored = await routine.save();
		expect(stored?.title).toBe(`${relief.title} (copy)`);
		const reopened = await editorSource(new URLSearchParams({ id: stored!.id }));
		expect(reopened?.kind).toBe('edit');
	});

	it('say when the item to edit is not on this device', async () => {
		const timer = await programEditorSource(new URLSearchParams({ id: 'gone' }));
		expect(timer.kind).toBe('missing');
		expect(await editorSource(new URLSearchParams({ id: 'gone' }))).toBeNull();
	});
});
