// History, the report for a doctor, Settings and backups in Spanish and German: the seeded records
// with their dates in the page's language, the report in German and in Spanish, a backup restored
// with its messages in Spanish and in German, a routine beyond the editor's limits left out of a
// backup and named with why in Spanish and German, sessions recorded in English named in the
// page's language (a built-in's by its id, a person's own routine by its own name), and the
// language chosen in Settings.
import { expect, test, type Page } from '@playwright/test';
import type { Episode, JournalEntry, SessionRecord } from '../src/lib/core/model';
import { seed, stored } from './helpers';

test.use({ timezoneId: 'Europe/Berlin' });

/** A time in Berlin on a given day. */
const berlin = (isoLocal: string) => new Date(`${isoLocal}+02:00`);
const NOW = berlin('2025-05-14T18:00:00');

function session(n: number): SessionRecord {
	const startedAt = berlin('2025-05-14T08:00:00').getTime() - n * 5 * 3_600_000;
	return {
		id: `seed-${n}`,
		kind: 'timer',
		sourceId: 'ice-20',
		title: 'Ice 20',
		activity: 'ice',
		startedAt,
		endedAt: startedAt + 1_260_000,
		activeMs: 1_200_000,
		plannedMs: 1_200_000,
		completedSegments: 1,
		totalSegments: 1,
		completed: true,
		painBefore: 6,
		painAfter: 4
	};
}

function entry(date: string, overrides: Partial<JournalEntry> = {}): JournalEntry {
	return {
		date,
		pain: 5,
		spasms: false,
		numbness: false,
		water: 6,
		note: '',
		updatedAt: berlin(`${date}T20:00:00`).getTime(),
		...overrides
	};
}

/** A person's own routine, run in English: its name is theirs, in every language. */
const own: SessionRecord = {
	...session(0),
	id: 'seed-own',
	kind: 'routine',
	sourceId: 'my-evening',
	title: 'My evening stretch',
	activity: 'stretch',
	startedAt: berlin('2025-05-13T18:00:00').getTime(),
	endedAt: berlin('2025-05-13T18:10:00').getTime(),
	activeMs: 600_000,
	plannedMs: 600_000
};

const episode: Episode = {
	id: 'ep-1',
	startedAt: berlin('2025-05-12T09:00:00').getTime(),
	startDay: '2025-05-12',
	updatedAt: berlin('2025-05-12T09:00:00').getTime()
};

/** Opens `path` at NOW with sessions and check-ins already kept from earlier visits. */
async function openWithRecords(page: Page, path: string, withEpisode = false): Promise<void> {
	await page.clock.install({ time: NOW });
	await page.goto(path);
	await seed(page, {
		sessions: [session(0), session(4)],
		journal: [
			entry('2025-05-12', { pain: 7, spasms: true, numbness: true, numbnessWhere: ['one-leg'] }),
			entry('2025-05-13', { pain: 8, spasms: true, note: 'Mala noche' })
		],
		...(withEpisode ? { episodes: [episode] } : {})
	});
	await page.reload();
}

/** An own routine as a backup holds it; `seconds` held on each of `steps` steps. */
function ownRoutine(title: string, steps: number, seconds = 30) {
	return {
		id: `own-${steps}-${seconds}`,
		title,
		purpose: '',
		steps: Array.from({ length: steps }, () => ({
			exerciseId: 'childs-pose',
			hold: { seconds },
			perSide: false,
			restAfterSeconds: 0
		})),
		updatedAt: '2025-05-01T10:00:00.000Z'
	};
}

/** A backup made elsewhere: one session, and `routines` of one's own. */
const backupWith = (routines: unknown[]) => ({
	app: 'limber',
	format: 1,
	exportedAt: '2025-05-14T10:00:00.000Z',
	sessions: [session(1)],
	journal: [],
	routines,
	programs: [],
	settings: {}
});

test.describe('in Spanish', () => {
	test.use({ locale: 'es-ES' });

	test('History shows the sessions and the calendar with Spanish dates', async ({ page }) => {
		await openWithRecords(page, '/es/history');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page).toHaveTitle('Historial · Limber');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Historial');

		const sessions = page.getByRole('region', { name: 'Sesiones' });
		await expect(sessions.getByRole('heading', { name: 'Hoy' })).toBeVisible();
		await expect(sessions.getByRole('heading', { name: 'Ayer' })).toBeVisible();
		const row = sessions.getByRole('listitem').first();
		await expect(row).toContainText('Completada');
		await expect(row).toContainText('Dolor 6 → 4');
		await expect(row).toContainText('20 min');

		// The calendar names the month and weekdays in Spanish, the week from Monday (Spain).
		const grid = page.getByRole('grid', { name: 'mayo de 2025' });
		await expect(grid.getByRole('columnheader').first()).toHaveAttribute('abbr', 'lunes');
		const today = grid.getByRole('button', { name: /^14 mayo de 2025, hoy: 1 sesión, 20 min$/ });
		await today.focus();
		await page.keyboard.press('ArrowLeft');
		await expect(
			page.getByRole('button', { name: /^13 mayo de 2025, ayer: 1 sesión, 20 min; dolor 8$/ })
		).toBeFocused();
		const calendar = page.getByRole('region', { name: 'mayo de 2025' });
		await expect(calendar).toContainText(
			'Registro del día: dolor 8 de 10; espasmos; sin adormecimiento ni hormigueo; 6 vasos de agua.'
		);
		await expect(calendar).toContainText('Mala noche');

		// Links from a Spanish page lead to Spanish pages.
		await expect(
			page.getByRole('link', { name: 'Informe para tu médico' }).first()
		).toHaveAttribute('href', '/es/history/report');
	});

	test('a backup restores with its summary and result in Spanish', async ({ page }) => {
		await page.goto('/es/settings');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configuración');
		// A backup made in English: ids and codes only, so it reads the same in any language.
		const backup = {
			app: 'limber',
			format: 1,
			exportedAt: '2025-05-14T10:00:00.000Z',
			sessions: [session(1), session(2)],
			journal: [entry('2025-05-12')],
			routines: [],
			programs: [],
			settings: {}
		};
		const restoring = page.getByRole('group', { name: 'Restaurar una copia de seguridad' });
		await page.getByLabel('Elegir un archivo de copia de seguridad').setInputFiles({
			name: 'copia.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backup))
		});
		await expect(
			restoring.getByRole('heading', { name: '¿Restaurar “copia.json”?' })
		).toBeFocused();
		await expect(restoring.getByRole('listitem')).toHaveText(['2 sesiones', '1 registro del día']);
		await expect(restoring).toContainText('Del 12 may de 2025 al 14 may de 2025.');

		await restoring.getByRole('button', { name: 'Restaurar', exact: true }).click();
		await expect(restoring.getByRole('status')).toHaveText(
			'Restaurado: 2 sesiones añadidas y 1 registro del día añadido.'
		);

		// The same file again changes nothing, and says so.
		await page.getByLabel('Elegir un archivo de copia de seguridad').setInputFiles({
			name: 'copia.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backup))
		});
		await restoring.getByRole('button', { name: 'Restaurar', exact: true }).click();
		await expect(restoring.getByRole('status')).toHaveText(
			'Todo lo de esta copia de seguridad ya estaba aquí; no hizo falta cambiar nada.'
		);

		// A file that is not a backup is refused in Spanish.
		await page.getByLabel('Elegir un archivo de copia de seguridad').setInputFiles({
			name: 'nota.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"hola": 1}')
		});
		await expect(restoring.getByRole('alert')).toHaveText(
			'Este archivo no es una copia de seguridad de Limber. Todo sigue como estaba.'
		);
	});

	test('a backup with a routine beyond the limits names it and says why, before and after', async ({
		page
	}) => {
		await page.goto('/es/settings');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		const restoring = page.getByRole('group', { name: 'Restaurar una copia de seguridad' });
		await page.getByLabel('Elegir un archivo de copia de seguridad').setInputFiles({
			name: 'copia.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backupWith([ownRoutine('Todo el día', 41)])))
		});
		await expect(restoring.getByRole('listitem')).toHaveText(['1 sesión']);
		await expect(restoring).toContainText(
			'Se dejará fuera la rutina “Todo el día”: tiene 41 pasos y Limber admite rutinas de hasta 40 pasos.'
		);
		await restoring.getByRole('button', { name: 'Restaurar', exact: true }).click();
		await expect(restoring.getByRole('status')).toHaveText(
			'Restaurado: 1 sesión añadida. Se dejó fuera la rutina “Todo el día”: tiene 41 pasos y Limber admite rutinas de hasta 40 pasos.'
		);
	});
});

test.describe('in German', () => {
	test.use({ locale: 'de-DE' });

	test('History shows the sessions with German dates', async ({ page }) => {
		await openWithRecords(page, '/de/history');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verlauf');
		const sessions = page.getByRole('region', { name: 'Einheiten' });
		await expect(sessions.getByRole('heading', { name: 'Heute' })).toBeVisible();
		await expect(sessions.getByRole('listitem').first()).toContainText('Abgeschlossen');
		await expect(sessions.getByRole('listitem').first()).toContainText('Schmerzen 6 → 4');
		const grid = page.getByRole('grid', { name: 'Mai 2025' });
		await expect(grid.getByRole('columnheader').first()).toHaveAttribute('abbr', 'Montag');
		await expect(
			grid.getByRole('button', { name: /^14 Mai 2025, heute: 1 Einheit, 20 Min\.$/ })
		).toBeVisible();
		await expect(page.getByRole('term').filter({ hasText: 'Aktuelle Serie' })).toBeVisible();

		// Settings in German, through the tabs, without reloading.
		await page
			.getByRole('navigation', { name: 'Hauptmenü' })
			.getByRole('link', { name: 'Einstellungen' })
			.click();
		await expect(page).toHaveURL(/\/de\/settings$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
	});

	test('the report for a doctor prints in German', async ({ page }) => {
		await openWithRecords(page, '/de/history', true);
		await page.getByRole('link', { name: /^Bericht für den Arztbesuch ab / }).click();
		await expect(page).toHaveURL(/\/de\/history\/report\?episode=ep-1$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bericht für den Arztbesuch');
		await expect(page).toHaveTitle('Bericht für den Arztbesuch · Limber');

		const report = page.getByRole('article', { name: 'Episode mit Krämpfen im unteren Rücken' });
		await expect(report).toContainText('Beginn');
		await expect(report).toContainText(/Mo\.?, 12\. Mai 2025/);
		await expect(report).toContainText('an 2 von 3 Tagen');
		const days = page.getByRole('table').filter({ hasText: 'Taubheitsgefühl oder Kribbeln' });
		await expect(days.getByRole('row').nth(1)).toContainText(
			/1\s*12\. Mai\s*7\/10\s*Ja\s*Ja: entlang eines Beins/
		);
		await expect(days.getByRole('row').nth(2)).toContainText('Mala noche');
		await expect(days.getByRole('row').nth(3)).toContainText('Kein Tageseintrag');
		await expect(report).toContainText(
			'Taubheitsgefühl oder Kribbeln: entlang eines Beins: ja am 12. Mai; nein in 1 Tageseintrag'
		);
		const tried = page.getByRole('table').filter({ hasText: 'Schmerzen vorher' });
		await expect(tried.getByRole('row').nth(1)).toContainText(
			/13\. Mai, 12:00\s*Kühlen, 20 Minuten\s*20 Min\./
		);

		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Drucken oder als PDF speichern' })).toBeHidden();
		await expect(report).toBeVisible();
	});

	test('a backup with a routine beyond the limits names it and says why, before and after', async ({
		page
	}) => {
		await page.goto('/de/settings');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		const restoring = page.getByRole('group', { name: 'Sicherung wiederherstellen' });
		await page.getByLabel('Sicherungsdatei auswählen').setInputFiles({
			name: 'sicherung.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backupWith([ownRoutine('Den ganzen Tag', 1, 400)])))
		});
		await expect(restoring.getByRole('listitem')).toHaveText(['1 Einheit']);
		await expect(restoring).toContainText(
			'Die Routine „Den ganzen Tag“ wird ausgelassen: Schritt 1 wird 400 Sekunden gehalten; Limber erlaubt 5 bis 300 ganze Sekunden.'
		);
		await restoring.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
		await expect(restoring.getByRole('status')).toHaveText(
			'Wiederhergestellt: 1 Einheit hinzugefügt. Die Routine „Den ganzen Tag“ wurde ausgelassen: Schritt 1 wird 400 Sekunden gehalten; Limber erlaubt 5 bis 300 ganze Sekunden.'
		);
	});
});

test('sessions recorded in English are named in Spanish after the language changes: a built-in by its id, an own routine by its name', async ({
	page
}) => {
	await page.clock.install({ time: NOW });
	await page.goto('/history');
	// As an English visit kept them: the built-in's record with its English title, and an own routine.
	await seed(page, { sessions: [session(0), session(4), own], episodes: [episode] });
	await page.reload();
	const sessions = page.getByRole('region', { name: 'Sessions' });
	await expect(sessions.getByRole('listitem').first()).toContainText('Ice, 20 minutes');
	await expect(sessions).toContainText('My evening stretch');

	// The language chosen in Settings: History, its calendar and the report speak Spanish.
	await page.goto('/settings');
	await page
		.getByRole('region', { name: 'Language' })
		.getByRole('link', { name: 'Español' })
		.click();
	await expect(page).toHaveURL(/\/es\/settings$/);
	await page.goto('/es/history');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	const sesiones = page.getByRole('region', { name: 'Sesiones' });
	await expect(sesiones.getByRole('listitem').first()).toContainText('Hielo, 20 minutos');
	await expect(
		sesiones.getByRole('listitem').filter({ hasText: 'My evening stretch' })
	).toHaveCount(1);
	await expect(sesiones).not.toContainText('Ice, 20 minutes');
	const grid = page.getByRole('grid', { name: 'mayo de 2025' });
	await grid.getByRole('button', { name: /^13 mayo de 2025, ayer: 2 sesiones/ }).click();
	await expect(page.getByRole('region', { name: 'mayo de 2025' })).toContainText(
		/2 sesiones, 30 min: (Hielo, 20 minutos, My evening stretch|My evening stretch, Hielo, 20 minutos)\./
	);

	await page.goto('/es/history/report?episode=ep-1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Informe para tu médico');
	const tried = page.getByRole('table').filter({ hasText: 'Dolor antes' });
	await expect(tried).toContainText('Hielo, 20 minutos');
	await expect(tried).toContainText('My evening stretch');
	await expect(tried).not.toContainText('Ice, 20 minutes');

	// What is kept holds the built-in's id, not its English title; the own routine keeps its name.
	const kept = await stored<SessionRecord>(page, 'sessions');
	expect(kept.find((r) => r.id === 'seed-own')?.title).toBe('My evening stretch');
});

test.describe('a restore in German', () => {
	test.use({ locale: 'de-DE' });

	test('a backup made in English restores with its summary and result in German, its sessions named in German', async ({
		page
	}) => {
		await page.clock.install({ time: NOW });
		await page.goto('/de/settings');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
		// From before sessions kept ids only: the built-in's English title, which is not kept.
		const backup = {
			app: 'limber',
			format: 1,
			exportedAt: '2025-05-14T10:00:00.000Z',
			sessions: [session(1), session(2), own],
			journal: [entry('2025-05-12')],
			routines: [],
			programs: [],
			settings: {}
		};
		const restoring = page.getByRole('group', { name: 'Sicherung wiederherstellen' });
		const choose = page.getByLabel('Sicherungsdatei auswählen');
		await choose.setInputFiles({
			name: 'sicherung.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backup))
		});
		await expect(
			restoring.getByRole('heading', { name: '„sicherung.json“ wiederherstellen?' })
		).toBeFocused();
		await expect(restoring.getByRole('listitem')).toHaveText(['3 Einheiten', '1 Tageseintrag']);

		await restoring.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
		await expect(restoring.getByRole('status')).toHaveText(
			'Wiederhergestellt: 3 Einheiten hinzugefügt und 1 Tageseintrag hinzugefügt.'
		);
		const kept = await stored<SessionRecord>(page, 'sessions');
		expect(kept.map((r) => [r.id, r.title]).sort()).toEqual([
			['seed-1', ''],
			['seed-2', ''],
			['seed-own', 'My evening stretch']
		]);

		// The same file again changes nothing: its English titles match the records kept by id.
		await choose.setInputFiles({
			name: 'sicherung.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backup))
		});
		await restoring.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
		await expect(restoring.getByRole('status')).toHaveText(
			'Alles aus dieser Sicherung war schon hier. Es musste nichts geändert werden.'
		);

		await page
			.getByRole('navigation', { name: 'Hauptmenü' })
			.getByRole('link', { name: 'Verlauf' })
			.click();
		const einheiten = page.getByRole('region', { name: 'Einheiten' });
		await expect(
			einheiten.getByRole('listitem').filter({ hasText: 'Kühlen, 20 Minuten' })
		).toHaveCount(2);
		await expect(einheiten).toContainText('My evening stretch');
		await expect(einheiten).not.toContainText('Ice 20');
	});
});

test('switching the language in Settings from English to Deutsch lands on /de/settings and is remembered', async ({
	page
}) => {
	await page.goto('/settings');
	const language = page.getByRole('region', { name: 'Language' });
	await expect(language.getByRole('link', { name: 'English' })).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(language.getByRole('link', { name: 'Español' })).toHaveAttribute('lang', 'es');
	await language.getByRole('link', { name: 'Deutsch' }).click();

	await expect(page).toHaveURL(/\/de\/settings$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	expect(await page.evaluate(() => localStorage.getItem('limber.lang'))).toBe('de');

	// Still German after a reload, with German chosen.
	await page.reload();
	await expect(
		page.getByRole('region', { name: 'Sprache' }).getByRole('link', { name: 'Deutsch' })
	).toHaveAttribute('aria-current', 'true');
	expect(await page.evaluate(() => localStorage.getItem('limber.lang'))).toBe('de');
});
