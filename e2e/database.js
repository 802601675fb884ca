// The one way the browser tests and the bench put records into Limber's database and read them
// back: straight into the app's own IndexedDB, and only once the app has created it and run its
// migrations, so the records land in the schema the build really uses. The browser tests pass
// the schema version they were built against (e2e/helpers.ts: DB_VERSION from
// src/lib/storage/db.ts) and wait for exactly that one; the bench, plain JavaScript, waits for
// whichever version the build creates.

const NAME = 'limber';

/**
 * Waits until the app has created its database (at `version`, when given).
 * @param {import('@playwright/test').Page} page
 * @param {number} [version]
 */
export async function waitForDatabase(page, version) {
	for (let i = 0; i < 200; i++) {
		const ready = await page.evaluate(
			async ({ name, version }) =>
				(await indexedDB.databases()).some(
					(d) =>
						d.name === name &&
						(version === undefined ? (d.version ?? 0) > 0 : d.version === version)
				),
			{ name: NAME, version }
		);
		if (ready) return;
		await page.waitForTimeout(50);
	}
	throw new Error(`Limber never created its database${version ? ` at version ${version}` : ''}`);
}

/**
 * Writes records into the app's stores in one transaction: `{ sessions: [...], journal: [...] }`.
 * Settings are given as `{ settings: [[key, value], ...] }` (their store keeps keys apart).
 * @param {import('@playwright/test').Page} page
 * @param {Record<string, unknown[]>} data
 * @param {number} [version]
 */
export async function seedDatabase(page, data, version) {
	await waitForDatabase(page, version);
	await page.evaluate(
		async ({ name, data }) => {
			const db = await new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			await new Promise((resolve, reject) => {
				const tx = db.transaction(Object.keys(data), 'readwrite');
				for (const [store, records] of Object.entries(data)) {
					for (const record of records) {
						if (store === 'settings') tx.objectStore(store).put(record[1], record[0]);
						else tx.objectStore(store).put(record);
					}
				}
				tx.oncomplete = () => resolve(undefined);
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ name: NAME, data }
	);
}

/**
 * Reads a whole store, or one record by key; undefined when the app has no database yet
 * (opening one that does not exist would create it empty).
 * @param {import('@playwright/test').Page} page
 * @param {string} store
 * @param {string} [key]
 */
export function readDatabase(page, store, key) {
	return page.evaluate(
		async ({ name, store, key }) => {
			if (!(await indexedDB.databases()).some((d) => d.name === name)) return undefined;
			return new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const objects = open.result.transaction(store).objectStore(store);
					const request = key === undefined ? objects.getAll() : objects.get(key);
					request.onsuccess = () => {
						resolve(request.result);
						open.result.close();
					};
					request.onerror = () => reject(request.error);
				};
			});
		},
		{ name: NAME, store, key }
	);
}
