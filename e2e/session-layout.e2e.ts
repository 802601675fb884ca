// The session screen on phones, small to large, portrait and landscape, light, dark and in flare
// mode: in every state of a session (get ready, a timed step, a step that waits for Next, a rest,
// paused, after the phone slept) the main button is whole and uncovered, a picture of what to do
// is on screen (larger in flare mode), the ring's text stays inside the ring, no text is under
// 14 px, nothing spills sideways, and a tapped button does not stay grey.
import { expect, test, type Page } from '@playwright/test';
import { openWithPinnedClock, setHidden } from './helpers';
import { beginSession, stopSession } from './session';

const PHONES = [
	{ width: 320, height: 568 },
	{ width: 360, height: 640 },
	{ width: 390, height: 844 },
	{ width: 740, height: 360 },
	{ width: 640, height: 360 }
];
const T0 = new Date('2026-03-02T09:00:00Z').getTime();
/** The smallest side of the picture, in CSS px: 120, or 100 on the smallest phone (320×568). */
const minPicture = (width: number) => (width <= 320 ? 100 : 120);

test.use({ isMobile: true, hasTouch: true });

type State = 'get ready' | 'untimed' | 'timed' | 'paused' | 'rest' | 'after a sleep';
type Sizes = Partial<Record<State, { width: number; height: number }>>;

/** Every check on the screen as it stands; returns the picture's size. */
async function check(page: Page, state: State, primary: string | RegExp) {
	const what = `${state}:`;
	const size = page.viewportSize()!;

	// The main button: whole, in view, and what a finger at its centre reaches.
	const main = page.getByRole('button', { name: primary });
	await expect(main, `${what} main button in view`).toBeInViewport({ ratio: 1 });
	await expect(main, `${what} main button is the filled one`).toHaveClass(/primary/);
	const box = (await main.boundingBox())!;
	expect(box.height, `${what} main button tall enough`).toBeGreaterThanOrEqual(48);
	const hit = await main.evaluate(
		(el, [x, y]) => {
			const at = document.elementFromPoint(x!, y!);
			return at !== null && (at === el || el.contains(at));
		},
		[box.x + box.width / 2, box.y + box.height / 2]
	);
	expect(hit, `${what} main button uncovered`).toBe(true);

	// Nothing wider than the screen.
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth, `${what} no sideways scroll`).toBeLessThanOrEqual(size.width);

	// A picture, in view and large enough to follow.
	const picture = page.locator('main figure img');
	await expect(picture, `${what} picture in view`).toBeInViewport({ ratio: 0.99 });
	await expect
		.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
		.toBe(true);
	const shown = (await picture.boundingBox())!;
	expect(Math.min(shown.width, shown.height), `${what} picture size`).toBeGreaterThanOrEqual(
		minPicture(size.width)
	);

	// The ring's text inside the ring: every corner of it within the circle's outer edge.
	const ring = await page.evaluate(() => {
		const ring = document.querySelector('.ring')!.getBoundingClientRect();
		const texts = [...document.querySelectorAll('.ring .center span')]
			.filter((el) => el.children.length === 0)
			.map((el) => {
				const range = document.createRange();
				range.selectNodeContents(el);
				const r = range.getBoundingClientRect();
				return { text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
			});
		return { ring: { x: ring.x, y: ring.y, width: ring.width, height: ring.height }, texts };
	});
	const cx = ring.ring.x + ring.ring.width / 2;
	const cy = ring.ring.y + ring.ring.height / 2;
	// The stroke's outer edge is 94/200 of the ring's width from its centre.
	const outer = (ring.ring.width * 94) / 200;
	expect(ring.texts.length, `${what} ring has text`).toBeGreaterThan(0);
	for (const t of ring.texts) {
		for (const [x, y] of [
			[t.left, t.top],
			[t.right, t.top],
			[t.left, t.bottom],
			[t.right, t.bottom]
		]) {
			expect(Math.hypot(x! - cx, y! - cy), `${what} "${t.text}" inside the ring`).toBeLessThan(
				outer
			);
		}
	}

	// No visible text under 14 px anywhere on the page.
	const small = await page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			const own = [...el.childNodes].some(
				(n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''
			);
			if (!own || !el.checkVisibility()) continue;
			const r = el.getBoundingClientRect();
			if (r.width <= 1 || r.height <= 1) continue; // visually hidden, for screen readers
			const px = parseFloat(getComputedStyle(el).fontSize);
			if (px < 13.95) found.push(`${el.textContent!.trim().slice(0, 30)} (${px} px)`);
		}
		return found;
	});
	expect(small, `${what} text under 14 px`).toEqual([]);

	return { width: shown.width, height: shown.height };
}

/** One session from its start to after a sleep, checked at each state. */
async function run(page: Page): Promise<Sizes> {
	const sizes: Sizes = {};
	const title = page.getByRole('heading', { level: 1 });
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);

	await expect(title).toHaveText(/^Get ready/);
	sizes['get ready'] = await check(page, 'get ready', 'Pause');

	// The way down waits for Next: Next is the main button, and what to do is on this screen.
	await page.clock.runFor(6_000);
	await expect(title).toHaveText('Down to the floor in stages');
	await expect(page.getByText('When ready', { exact: true })).toBeVisible();
	await expect(page.locator('main .doing')).toBeInViewport();
	sizes.untimed = await check(page, 'untimed', 'Next');
	await page.getByRole('button', { name: 'Next' }).tap();

	await expect(title).toHaveText("Child's pose");
	sizes.timed = await check(page, 'timed', 'Pause');

	await page.getByRole('button', { name: 'Pause' }).tap();
	sizes.paused = await check(page, 'paused', 'Resume');
	await page.getByRole('button', { name: 'Resume' }).tap();

	// A tap on Next leaves no pressed or hovered look behind.
	const next = page.getByRole('button', { name: 'Next' });
	const untouched = await next.evaluate((el) => getComputedStyle(el).backgroundColor);
	await next.tap();
	await expect(title).toHaveText('Rest');
	expect(await next.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(untouched);
	sizes.rest = await check(page, 'rest', 'Pause');

	// The phone sleeps through the end of the rest: the note says so, and the picture stays.
	await setHidden(page, true);
	await page.clock.fastForward('00:30');
	await setHidden(page, false);
	await expect(page.getByRole('status').filter({ hasText: /Rest ended/ })).toBeVisible();
	sizes['after a sleep'] = await check(page, 'after a sleep', 'Pause');

	await stopSession(page);
	await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();
	return sizes;
}

async function setFlare(page: Page, flare: boolean) {
	await page.evaluate(
		(flare) => localStorage.setItem('limber:display', JSON.stringify({ introSeen: true, flare })),
		flare
	);
}

for (const phone of PHONES) {
	test.describe(`${phone.width}×${phone.height}`, () => {
		test.use({ viewport: phone });

		test('every state of a session fits, light, dark and in flare mode', async ({ page }) => {
			await page.addInitScript(() => {
				if (!localStorage.getItem('limber:display'))
					localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }));
			});
			await openWithPinnedClock(page, '/routines/spasm-relief', T0);
			const light = await run(page);

			await page.emulateMedia({ colorScheme: 'dark' });
			await page.goto('/routines/spasm-relief');
			await run(page);

			await setFlare(page, true);
			await page.goto('/routines/spasm-relief');
			await expect(page.locator('html')).toHaveAttribute('data-flare', 'true');
			const flare = await run(page);
			// Flare mode makes the picture larger, not smaller, on portrait phones (in landscape the
			// larger words leave it about a tenth smaller: see docs/architecture.md).
			if (phone.width < 360 || phone.width > phone.height) return;
			for (const [state, size] of Object.entries(flare)) {
				const plain = light[state as State]!;
				expect(size.width * size.height, `${state}: flare picture larger`).toBeGreaterThanOrEqual(
					plain.width * plain.height
				);
			}
		});

		test('a timer opens with its ring and controls in view, right under its name', async ({
			page
		}) => {
			await page.addInitScript(() =>
				localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }))
			);
			await page.goto('/timers/ice-20');
			await page.getByRole('button', { name: /^Start/ }).tap();
			await beginSession(page);
			const ring = page.locator('.ring');
			await expect(ring).toBeInViewport({ ratio: 1 });
			await expect(page.getByRole('button', { name: 'Pause' })).toBeInViewport({ ratio: 1 });
			await expect(page.getByRole('button', { name: 'Next' })).toBeInViewport({ ratio: 1 });
			// No gap above the ring.
			const words = (await page.locator('main .doing').boundingBox())!;
			const dial = (await ring.boundingBox())!;
			if (phone.width < phone.height) expect(dial.y - (words.y + words.height)).toBeLessThan(48);
		});
	});
}
