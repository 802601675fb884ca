// History's cache: the newest 20 sessions first and 50 more on each "Show more"; the overview
// (every session, check-in and episode) read only after those rows are on screen, sessions in
// slices of 500; one re-read after a burst of changes from another tab, the player or a restore,
// keeping as many rows as were shown, the list left alone when only check-ins or episodes
// changed; its own note edits and deletions not read back (but read once more when a read was
// under way meanwhile); and delete with Undo putting the session back in its place.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup, type BackupData } from '$lib/core/backup';
import { localDay } from '$lib/core/days';
import { LIMITS } from '$lib/core/json';
import type { SessionRecord } from '$lib/core/model';
import { history as historyWords } from '$lib/messages/history';
import { importBackup } from '$lib/storage/backup';
import { withBackend } from '$lib/storage/backend';
import { CHANNEL_NAME, type DataChange } from '$lib/storage/broadcast';
import * as episodes from '$lib/storage/episodes';
import * as journal from '$lib/storage/journal';
import * as sessions from '$lib/storage/sessions';
import { entry, episode, freshStorage, session, T0 } from '$lib/storage/testing';
import { History } from './history.svelte';
import { loadSessionTitles } from './session-title';

/** The wait before a burst of changes is read again, and a little more. */
const AFTER_BURST_MS = 250;

let history: History;

beforeEach(async () => {
	await freshStorage();
	await historyWords.load('en');
	history = new History();
});
afterEach(() => {
	history.deleted.dismiss();
	vi.restoreAllMocks();
});

const ids = (records: readonly SessionRecord[]) => records.map((r) => r.id);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stores sessions 1…n (as a restore would, before History starts), and more if given. */
async function seed(n: number, data: Partial<BackupData> = {}): Promise<void> {
	const all = Array.from({ length: n }, (_, i) => session(i + 1));
	const result = await importBackup(
		makeBackup(
			{
				journal: [],
				routines: [],
				programs: [],
				episodes: [],
				settings: {},
				...data,
				sessions: all
			},
			T0
		)
	);
	expect(result.ok).toBe(true);
}

/** Counts the reads History makes: pages of the list, and the overview's whole reads. */
function countReads() {
	return { list: vi.spyOn(sessions, 'listPage'), overview: vi.spyOn(sessions, 'all') };
}

async function started(): Promise<void> {
	history.start();
	await vi.waitFor(() => expect(history.overviewLoaded).toBe(true));
}

/** Another tab wrote `records` and says so, as its storage layer does. */
async function writtenInAnotherTab(...records: SessionRecord[]): Promise<void> {
	const tab = new BroadcastChannel(CHANNEL_NAME);
	for (const record of records) {
		await withBackend((b) => b.put('sessions', record));
		const change: DataChange = { store: 'sessions', op: 'put', key: record.id };
		tab.postMessage(change);
	}
	tab.close();
}

/** Lets a burst of changes be read again, and the reads finish. */
async function quiet(): Promise<void> {
	await sleep(AFTER_BURST_MS);
	await vi.waitFor(() => expect(history.loadingMore).toBe(false));
	await sleep(20);
}

describe('History: what it reads and keeps', () => {
	it('shows the newest 20 sessions first, and reads everything for the overview only after', async () => {
		await seed(30, { journal: [entry('2024-05-01')], episodes: [episode('e1')] });
		const all = sessions.all;
		const reads = countReads();
		const listShownFirst: boolean[] = [];
		reads.overview.mockImplementation(async () => {
			listShownFirst.push(history.loaded);
			return all();
		});
		await started();

		expect(ids(history.records)).toEqual(
			ids(Array.from({ length: 20 }, (_, i) => session(30 - i)))
		);
		expect(history.hasMore).toBe(true);
		expect(listShownFirst).toEqual([true]);
		expect(history.allSessions).toHaveLength(30);
		expect(history.allJournal).toEqual([entry('2024-05-01')]);
		expect(history.allEpisodes).toEqual([episode('e1')]);
		expect(history.today).toBe(localDay(Date.now()));
		expect(history.days.length).toBeGreaterThan(0);
	});

	it('reads the overview’s sessions in slices of 500, losing none that share a start time', async () => {
		// 1,200 sessions, of which ten start at the same instant across the first slice's end.
		const many = Array.from({ length: 1_200 }, (_, i) =>
			session(i + 1, i >= 495 && i < 505 ? { startedAt: T0 + 495 * 3_600_000 } : {})
		);
		await importBackup(
			makeBackup(
				{ sessions: many, journal: [], routines: [], programs: [], episodes: [], settings: {} },
				T0
			)
		);
		const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
		await started();
		const slices = getAll.mock.calls.filter(([, count]) => count === 500);
		expect(slices.length).toBeGreaterThanOrEqual(3);
		expect(history.allSessions).toHaveLength(1_200);
		expect(new Set(ids(history.allSessions)).size).toBe(1_200);
	}, 30_000);

	it('shows 50 more on each “Show more” until the oldest, once per tap', async () => {
		await seed(100);
		await started();
		const reads = countReads();
		await history.loadMore();
		expect(history.records).toHaveLength(70);
		expect(history.hasMore).toBe(true);

		// A second tap while the first is loading adds nothing twice.
		await Promise.all([history.loadMore(), history.loadMore()]);
		expect(reads.list).toHaveBeenCalledTimes(2);
		expect(ids(history.records)).toEqual(
			ids(Array.from({ length: 100 }, (_, i) => session(100 - i)))
		);
		expect(history.hasMore).toBe(false);

		await history.loadMore();
		expect(reads.list).toHaveBeenCalledTimes(2);
	});

	it('has nothing more to show when there is nothing at all', async () => {
		await started();
		expect(history.records).toEqual([]);
		expect(history.hasMore).toBe(false);
		expect(history.loaded).toBe(true);
		expect(history.streak).toBe(0);
	});
});

describe('History: when it reads again', () => {
	it('reads once after a burst of changes from another tab, keeping as many rows as shown', async () => {
		await seed(100);
		await started();
		await history.loadMore();
		const reads = countReads();

		await writtenInAnotherTab(session(101), session(102), session(103));
		await quiet();
		expect(reads.overview).toHaveBeenCalledOnce();
		// One re-read of the 70 rows shown (two pages of the storage index are never needed).
		expect(reads.list).toHaveBeenCalledOnce();
		expect(reads.list.mock.calls[0]?.[0]).toMatchObject({ limit: 70 });
		expect(ids(history.records.slice(0, 3))).toEqual(['s00103', 's00102', 's00101']);
		expect(history.records).toHaveLength(70);
		expect(history.allSessions).toHaveLength(103);
	});

	it('reads again after the player or a restore in this tab wrote sessions', async () => {
		await seed(5);
		await started();
		await sessions.put(session(6));
		await vi.waitFor(() => expect(ids(history.records)[0]).toBe('s00006'));
		expect(history.allSessions).toHaveLength(6);
	});

	it('refreshes only the overview when check-ins or episodes change', async () => {
		await seed(5);
		await started();
		const reads = countReads();
		await journal.put(entry('2024-05-02', { pain: 3 }));
		await episodes.put(episode('e2'));
		await quiet();
		expect(reads.list).not.toHaveBeenCalled();
		expect(reads.overview).toHaveBeenCalledOnce();
		expect(history.allJournal).toEqual([entry('2024-05-02', { pain: 3 })]);
		expect(history.allEpisodes).toEqual([episode('e2')]);
	});

	it('does not read back its own note edits and deletions, but does the same change from another tab', async () => {
		await seed(5);
		await started();
		const reads = countReads();
		expect(await history.updateNote('s00005', 'Easier today')).toMatchObject({ ok: true });
		expect(await history.remove('s00004')).toBe(true);
		await quiet();
		expect(reads.list).not.toHaveBeenCalled();
		expect(reads.overview).not.toHaveBeenCalled();

		await writtenInAnotherTab(session(5, { note: 'From the other tab' }));
		await quiet();
		expect(reads.list).toHaveBeenCalledOnce();
		expect(history.records[0]?.note).toBe('From the other tab');
	});

	it('reads once more when a read was under way while it wrote, so the older data does not stay', async () => {
		await seed(5);
		await started();
		// The next read takes its data now but answers only once let go.
		let letGo: () => void = () => {};
		const held = new Promise<void>((resolve) => (letGo = resolve));
		const listPage = sessions.listPage;
		vi.spyOn(sessions, 'listPage').mockImplementationOnce(async (query) => {
			const page = await listPage(query);
			await held;
			return page;
		});
		await writtenInAnotherTab(session(6));
		await sleep(AFTER_BURST_MS);
		expect(await history.updateNote('s00005', 'Easier today')).toMatchObject({ ok: true });
		letGo();
		await quiet();
		await vi.waitFor(() =>
			expect(history.records.find((r) => r.id === 's00005')?.note).toBe('Easier today')
		);
		expect(ids(history.records)[0]).toBe('s00006');
	});
});

describe('History: notes and deleting', () => {
	it('saves a note trimmed, and an empty note removes it', async () => {
		await seed(3);
		await started();
		expect(await history.updateNote('s00002', '  Sore after  ')).toMatchObject({ ok: true });
		expect(history.records.find((r) => r.id === 's00002')?.note).toBe('Sore after');
		expect(history.allSessions.find((r) => r.id === 's00002')?.note).toBe('Sore after');
		expect((await sessions.get('s00002'))?.note).toBe('Sore after');

		expect(await history.updateNote('s00002', '   ')).toMatchObject({ ok: true });
		expect(await sessions.get('s00002')).not.toHaveProperty('note');
		expect(await history.updateNote('nobody', 'x')).toMatchObject({ ok: false });
	});

	it('says why a note was not saved, and keeps what was shown', async () => {
		await seed(3);
		await started();
		const before = history.records;
		const outcome = await history.updateNote('s00002', 'x'.repeat(LIMITS.note + 1));
		// The reason, for the note's own alert with Try again.
		expect(outcome.ok ? null : outcome.error).toMatch(/couldn't be saved/);
		expect(history.records).toEqual(before);
		expect(await sessions.get('s00002')).toEqual(session(2));
		expect(await history.updateNote('s00002', 'fine')).toMatchObject({ ok: true });
	});

	it('deletes at once and offers Undo, which puts the session back where it was', async () => {
		await seed(5);
		await started();
		expect(await history.remove('s00003')).toBe(true);
		expect(ids(history.records)).toEqual(['s00005', 's00004', 's00002', 's00001']);
		expect(ids(history.allSessions)).toEqual(['s00001', 's00002', 's00004', 's00005']);
		expect(await sessions.get('s00003')).toBeUndefined();
		expect(history.deleted.item?.id).toBe('s00003');

		expect(await history.deleted.undo()).toBe(true);
		expect(ids(history.records)).toEqual(['s00005', 's00004', 's00003', 's00002', 's00001']);
		expect(ids(history.allSessions)).toEqual(['s00001', 's00002', 's00003', 's00004', 's00005']);
		expect(await sessions.get('s00003')).toEqual(session(3));
		expect(await history.remove('nobody')).toBe(false);
	});

	it('a delete held only in memory offers no Undo, and says the session is still on the device', async () => {
		await seed(3);
		await started();
		vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		expect(await history.remove('s00002')).toBe(true);
		expect(ids(history.records)).toEqual(['s00003', 's00001']);
		expect(history.deleted.item).toBeNull();
		expect(history.deleted.held?.item.id).toBe('s00002');
		expect(history.deleted.held?.message).toMatch(/this session isn't deleted from this device/);
	});
});

describe('History: names in the page’s language', () => {
	it('names a built-in’s session from the catalogs, keeps an own routine’s title, and writes no title', async () => {
		await Promise.all([loadSessionTitles('es'), historyWords.load('es')]);
		await sessions.put(session(1, { kind: 'timer', sourceId: 'ice-20', title: 'Ice, 20 minutes' }));
		await sessions.put(session(2, { title: 'Mi rutina' }));
		history.lang = 'es';
		await started();
		const shown = history.days.flatMap((d) => d.records);
		expect(shown.map((r) => r.title)).toEqual(['Mi rutina', 'Hielo, 20 minutos']);
		// What is held for writing is as stored: a note saved keeps the built-in's record title-free.
		expect(history.records.map((r) => r.title)).toEqual(['Mi rutina', '']);
		expect(await history.updateNote('s00001', 'Frío')).toMatchObject({ ok: true });
		expect((await sessions.get('s00001'))?.title).toBe('');
	});
});
