// The recorder's promise: "saved" only after the write reached the disk; a session that ended
// is set aside at once, so neither a failed write nor a reload straight after Stop loses it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '$lib/core/backup';
import { getActive, saveActive } from '$lib/storage/active';
import * as sessions from '$lib/storage/sessions';
import { freshStorage, session, timeline } from '$lib/storage/testing';
import { Recorder } from './recorder';
import { UNSAVED_KEY } from './unsaved';

/** A localStorage of our own. */
function memoryStorage() {
	const map = new Map<string, string>();
	return {
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		removeItem: (k: string) => void map.delete(k)
	};
}

let kept: ReturnType<typeof memoryStorage>;
let recorder: Recorder;

beforeEach(async () => {
	await freshStorage();
	kept = memoryStorage();
	recorder = new Recorder(() => kept);
});
afterEach(() => vi.restoreAllMocks());

const refusePuts = () =>
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
		throw new DOMException('refused', 'UnknownError');
	});

describe('Recorder', () => {
	it('says saved only after the write, and then forgets what it set aside', async () => {
		await saveActive(timeline('s00001'));
		const ending = recorder.end(session(1));
		// Set aside before the first await: a reload now would still find it.
		expect(Object.keys(JSON.parse(kept.getItem(UNSAVED_KEY) ?? '{}'))).toEqual(['s00001']);
		const outcome = await ending;
		expect(outcome.ok).toBe(true);
		expect(await sessions.get('s00001')).toEqual(session(1));
		expect(await getActive('s00001')).toBeUndefined();
		expect(kept.getItem(UNSAVED_KEY)).toBeNull();
	});

	it('when the write fails: not saved, says why, keeps it aside, and flush saves it later', async () => {
		await saveActive(timeline('s00001'));
		const put = refusePuts();
		const outcome = await recorder.end(session(1));
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) {
			expect(outcome.error).toMatchObject({ reason: 'failed', keptAside: true });
			expect(outcome.error.record).toEqual(session(1));
		}
		expect(await sessions.get('s00001')).toBeUndefined();
		expect(recorder.unsaved()).toEqual([session(1)]);

		// Writes still refused at the next start: still waiting, still not running.
		expect(await recorder.flush()).toBe(1);
		put.mockRestore();
		expect(await recorder.flush()).toBe(0);
		expect(await sessions.get('s00001')).toEqual(session(1));
		expect(await getActive('s00001')).toBeUndefined();
		expect(recorder.unsaved()).toEqual([]);
	});

	it('a record out of range is not saved and says so, without promising a later try', async () => {
		const outcome = await recorder.end(session(1, { activeMs: 1e12 }));
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) {
			expect(outcome.error).toMatchObject({ reason: 'invalid', keptAside: false });
		}
	});

	it('a write that only reached memory is not called saved', async () => {
		const outcome = await new Recorder(
			() => kept,
			async (record) => ({ ok: true, value: { record, persisted: false } })
		).end(session(1));
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.error.reason).toBe('failed');
	});

	it('without localStorage it still writes, and a failure does not claim it was kept aside', async () => {
		const bare = new Recorder(() => null);
		const put = refusePuts();
		const outcome = await bare.end(session(1));
		put.mockRestore();
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.error.keptAside).toBe(false);
		expect((await bare.end(session(1))).ok).toBe(true);
	});

	it('release takes one session out of what is set aside (Undo)', async () => {
		const put = refusePuts();
		await recorder.end(session(1));
		await recorder.end(session(2));
		put.mockRestore();
		recorder.release('s00001');
		expect(recorder.unsaved().map((r) => r.id)).toEqual(['s00002']);
	});

	it('downloads one session as a backup file that restore accepts', async () => {
		const files: { name: string; content: string }[] = [];
		vi.stubGlobal('document', {
			body: { append: () => undefined },
			createElement: () => ({ click: () => undefined, remove: () => undefined })
		});
		vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
		vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
		const RealBlob = Blob;
		vi.stubGlobal(
			'Blob',
			class extends RealBlob {
				constructor(parts: BlobPart[], options?: BlobPropertyBag) {
					super(parts, options);
					files.push({ name: '', content: String(parts[0]) });
				}
			}
		);
		expect(await recorder.download(session(1), Date.UTC(2024, 4, 2))).toBe(true);
		vi.unstubAllGlobals();
		const parsed = parseBackup(files[0]?.content ?? '');
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(parsed.backup.sessions).toEqual([session(1)]);
	});

	it('a rating set aside while the record is written stays aside until it is written too', async () => {
		await saveActive(timeline('s00001'));
		const ending = recorder.end(session(1));
		const rated = { ...session(1), painAfter: 2, updatedAt: session(1).endedAt + 1 };
		recorder.setAside(rated);
		expect((await ending).ok).toBe(true);
		expect(recorder.unsaved()).toEqual([rated]);
		expect((await recorder.end(rated)).ok).toBe(true);
		expect(recorder.unsaved()).toEqual([]);
		expect((await sessions.get('s00001'))?.painAfter).toBe(2);
	});
});
