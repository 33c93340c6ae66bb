/**
 * Reading without signal (issue 19), in Chromium with the network cut (context.setOffline):
 * a page read online reloads offline, a missing page falls back to /ngoai-tuyen/ listing what is
 * saved, an audience pack saves (size shown first), opens and searches offline, survives a second
 * deploy with a changed material (and is refreshed by it), and is removed. The site is a copy of
 * dist/ on its own static host, so the "second deploy" changes the copy, never dist/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { routes } from '../src/lib/routes';
import { startStaticSite, type StaticSite } from './lib/static-site';

interface Packs {
  packs: { id: string; label: string; materials: number; bytes: number; files: { url: string }[] }[];
}

let folder: string;
let site: StaticSite;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'offline-e2e-'));
  cpSync('dist', join(folder, 'a'), { recursive: true });
  site = await startStaticSite(join(folder, 'a'));
});

test.afterAll(async () => {
  await site?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * The controlling worker of this deploy has finished activating (and refreshing saved packs). Polls
 * the worker's state as text, so a failure shows where it stopped (installing, waiting, which caches).
 */
async function workerReady(page: Page, version: string): Promise<void> {
  const state = () =>
    page.evaluate(async (shell) => {
      const registration = await navigator.serviceWorker.getRegistration();
      const settled = registration?.active?.state === 'activated' && !registration.installing && !registration.waiting;
      const names = await caches.keys();
      if (settled && names.includes(shell) && navigator.serviceWorker.controller !== null) return 'ready';
      const worker = (w: ServiceWorker | null | undefined) => w?.state ?? 'none';
      return `active ${worker(registration?.active)}, installing ${worker(registration?.installing)}, waiting ${worker(registration?.waiting)}, controlled ${navigator.serviceWorker.controller !== null}, caches ${names.join(' ')}`;
    }, `shell-${version}`);
  // Installing precaches the shell and activating refreshes the saved packs: seconds, more on a loaded 2-core machine.
  await expect.poll(state, { timeout: 40_000 }).toBe('ready');
}

test('pages read online reload offline; a pack saves, searches offline, survives a new deploy and is removed', async ({ browser }) => {
  test.setTimeout(120_000);
  const packs = JSON.parse(readFileSync(join(folder, 'a', routes.offlinePacks.slice(1)), 'utf8')) as Packs & { version: string };
  const pack = packs.packs.find((candidate) => candidate.materials >= 2);
  test.skip(!pack, 'no audience has two materials to test with');
  const [firstMaterial, otherMaterial] = pack!.files.map((file) => file.url).filter((url) => /^\/tai-lieu\/[^/]+\/$/.test(url) && url !== pack!.files[0]!.url);

  const context = await browser.newContext({ baseURL: site.origin, viewport: { width: 360, height: 740 } });
  let page = await context.newPage();

  // 1. A page opened online is there offline (and Chromium finds nothing against installing the site).
  await page.goto(routes.home);
  await workerReady(page, packs.version);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // Playwright's contexts are private windows, where Chromium never installs: every other reason would be ours.
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  await cdp.detach();
  await page.goto(firstMaterial!);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);

  // 2. A page never opened falls back to the offline page, which lists what is saved.
  await page.goto(otherMaterial!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đọc khi không có mạng');
  await expect(page.getByRole('status')).toContainText('không có mạng');
  await expect(page.getByRole('list').filter({ has: page.getByRole('link', { name: title!.trim() }) })).toBeVisible();

  // 3. Online again: the pack shows its size before saving, then saves.
  await context.setOffline(false);
  await page.goto(routes.offline);
  const packItem = () => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(pack!.label, 'i') }) });
  const item = packItem();
  const save = item.getByRole('button', { name: /^Lưu để đọc khi không có mạng \(.+(KB|MB)\)$/ });
  await expect(item).toContainText(`${pack!.materials} tài liệu`);
  await save.click();
  await expect(page.getByRole('status')).toContainText('Đã lưu gói');
  await expect(item.getByRole('button', { name: 'Xoá gói này' })).toBeVisible();

  // 4. Offline: a material of the pack never opened before opens, and search works over the saved index.
  await context.setOffline(true);
  await page.goto(otherMaterial!);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Đọc khi không có mạng');
  const otherTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.goto(`${routes.search}?q=${encodeURIComponent(otherTitle.split(/\s+/).slice(0, 3).join(' '))}`);
  await expect(page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first()).toBeVisible();

  // 5. A second deploy changes that material: the new worker installs, takes over once the reader comes back
  // (a new tab), refreshes that material in the pack, and the pack stays. Chromium may hold an installed worker
  // waiting while a tab the old one served stays open, even with skipWaiting(); a new visit after closing it never waits.
  await context.setOffline(false);
  const second = join(folder, 'b');
  cpSync(join(folder, 'a'), second, { recursive: true });
  const changedFile = join(second, otherMaterial!.slice(1), 'index.html');
  writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace('</h1>', ' (bản cập nhật)</h1>'));
  execFileSync('npx', ['tsx', 'scripts/build-offline.ts', second]);
  const plan = JSON.parse(readFileSync(join(second, routes.offlinePacks.slice(1)), 'utf8')) as { version: string };
  site.serve(second);
  await page.goto(routes.offline);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
  await expect.poll(() => page.evaluate(async (shell) => (await caches.keys()).includes(shell), `shell-${plan.version}`), { timeout: 40_000 }).toBe(true);
  await page.close();
  page = await context.newPage();
  await page.goto(routes.offline);
  await workerReady(page, plan.version);
  await context.setOffline(true);
  await page.goto(otherMaterial!);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(bản cập nhật)');
  await page.goto(routes.offline);
  await expect(packItem().getByRole('button', { name: 'Xoá gói này' })).toBeVisible();

  // 6. The pack is removed.
  await packItem().getByRole('button', { name: 'Xoá gói này' }).click();
  await expect(page.getByRole('status')).toContainText('Đã xoá gói');
  expect(await page.evaluate(() => caches.keys())).not.toContain(`goi-${pack!.id}`);
  await context.close();
});
