import { chromium } from '@playwright/test';
import { createStaticServer } from '/work/main/scripts/serve.js';
import { chromiumLaunchOptions } from '/work/main/scripts/chromium.js';
const server = createStaticServer(() => '/work/main/build');
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://localhost:${server.address().port}`;
const b = await chromium.launch(chromiumLaunchOptions());
const jobs = JSON.parse(process.argv[2]);
for (const j of jobs) {
  const c = await b.newContext({ viewport: j.vp, isMobile: true, hasTouch: true, colorScheme: j.dark ? 'dark' : 'light', locale: 'en-GB', serviceWorkers: 'block' });
  const p = await c.newPage();
  await p.addInitScript((f) => localStorage.setItem('limber:display', JSON.stringify({ introSeen: true, flare: f })), !!j.flare);
  await p.goto(origin + j.path);
  await p.waitForTimeout(400);
  for (const step of j.steps ?? []) {
    if (step.yes) await p.getByRole('group', { name: step.yes }).getByRole('radio', { name: 'Yes', exact: true }).check();
    if (step.click) await p.getByRole(step.role ?? 'button', { name: step.click }).first().click();
    if (step.eval) await p.evaluate(step.eval);
    await p.waitForTimeout(300);
  }
  await p.screenshot({ path: `/tmp/shots/${j.name}.png`, fullPage: !!j.full });
  await c.close();
}
await b.close(); server.close();
