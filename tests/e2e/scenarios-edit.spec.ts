import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ScenarioPage, watchErrors } from './pages/scenarios';

test('undo and redo work with the buttons and with the keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.renamePod('cache', 'memo');
  await expect(app.diagram).toContainText('memo');
  await app.editor.getByRole('button', { name: 'Close editor' }).click();
  await app.button('Undo').click();
  await expect(app.diagram).not.toContainText('memo');
  await app.button('Redo').click();
  await expect(app.diagram).toContainText('memo');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(app.diagram).not.toContainText('memo');
  await page.keyboard.press('Control+Shift+z');
  await expect(app.diagram).toContainText('memo');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(app.diagram).toContainText('memo');
  expect(errors).toEqual([]);
});

test('an invalid edit shows its error next to the field and the diagram keeps the last valid scenario', async ({
  page,
}) => {
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.renamePod('cache', 'Bad Name!');
  const field = app.pod('cache').getByLabel('Name', { exact: true }).first();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(app.pod('cache')).toContainText('DNS-style name');
  await expect(app.diagram).toContainText('cache');
  await app.renamePod('cache', 'memo');
  await expect(app.pod('memo').getByLabel('Name', { exact: true }).first()).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(app.editor.getByRole('alert')).toHaveCount(0);
});

test('editing moves a pod, switches hostNetwork and CNI, and edits containers', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  const cache = app.pod('cache');
  await cache.getByLabel('Node', { exact: true }).selectOption('node2');
  await cache.getByLabel('Use the node’s network (hostNetwork)').check();
  await expect(cache.getByLabel('Use the node’s network (hostNetwork)')).toBeChecked();
  await cache.getByRole('button', { name: 'Add container' }).click();
  const sidecar = cache.getByRole('group', { name: 'Container sidecar1' });
  const image = sidecar.getByLabel('Image');
  await image.fill('busybox:1.37');
  await image.press('Enter');
  const ports = sidecar.getByLabel('Listening ports');
  await ports.fill('9000, 53/UDP');
  await ports.press('Enter');
  await expect(ports).toHaveValue('9000, 53/UDP');
  await app.editor.getByLabel('Network mode (CNI)').selectOption('vxlan');
  await expect(app.editor.getByLabel('Network mode (CNI)')).toHaveValue('vxlan');
  await app.editor.getByRole('button', { name: 'Add pod' }).click();
  await expect(app.pod('pod1')).toBeVisible();
  await expect(app.diagram).toContainText('pod1');
  await app.pod('pod1').getByRole('button', { name: 'Remove pod pod1' }).click();
  await expect(app.pod('pod1')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a scenario exports to a file and imports back with the picker and by drop', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  await app.open();
  await app.button('File').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    app.button('Export as file').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.scenario\.json$/);
  const text = await readFile((await download.path()) ?? '', 'utf8');
  const doc = JSON.parse(text) as { $schema: string; title: string };
  expect(doc.$schema).toBe('./scenario.schema.json');

  const edited = text.replace(/(["/])web"/g, '$1imported-web"').replace(doc.title, 'Imported');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    app.button('Import file…').click(),
  ]);
  await chooser.setFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(edited),
  });
  await expect(app.diagram).toContainText('imported-web');
  await expect(page.getByRole('status').filter({ hasText: 'Opened the scenario' })).toBeVisible();

  const dropped = text.replace(/(["/])cache"/g, '$1dropped-cache"');
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, dropped);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(app.diagram).toContainText('dropped-cache');
  expect(errors).toEqual([]);
});

test('a broken file is refused with a clear message and nothing changes', async ({ page }) => {
  const app = new ScenarioPage(page);
  await app.open();
  await app.button('File').click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    app.button('Import file…').click(),
  ]);
  await chooser.setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1, "title": '),
  });
  await expect(app.alert).toContainText('This file could not be opened');
  await expect(app.alert).toContainText('not valid JSON');
  await expect(app.diagram).toContainText('web');
});

test('autosave survives a reload', async ({ page }) => {
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.renamePod('cache', 'kept');
  await expect(app.diagram).toContainText('kept');
  await app.waitForAutosave('kept');
  await page.goto('about:blank');
  await app.open('./');
  await expect(app.diagram).toContainText('kept');
});

test('full storage is reported in the page, not silently dropped', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.renamePod('cache', 'unsaved');
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await expect(app.diagram).toContainText('unsaved');
});

test('disabled storage is reported in the page and the app still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  await app.open();
  await expect(
    page.getByRole('alert').filter({ hasText: 'local storage is disabled' }),
  ).toBeVisible();
  await app.openEditor();
  await app.renamePod('cache', 'still-works');
  await expect(app.diagram).toContainText('still-works');
  expect(errors).toEqual([]);
});

test('Ctrl+Z right after committing a field undoes the edit, not just the typing', async ({
  page,
}) => {
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.renamePod('cache', 'memo');
  await expect(app.diagram).toContainText('memo');
  const field = app.editor.getByRole('group', { name: /^Pod (memo|cache)$/ }).getByLabel('Name', {
    exact: true,
  });
  await expect(field.first()).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(app.diagram).not.toContainText('memo');
  await expect(app.pod('cache').getByLabel('Name', { exact: true }).first()).toHaveValue('cache');
  await expect(app.pod('cache').getByLabel('Name', { exact: true }).first()).toBeFocused();
});

test('validation errors appear in the chosen language', async ({ page }) => {
  const app = new ScenarioPage(page);
  await app.open();
  await page.getByLabel('Language').selectOption('ko');
  await page.getByRole('button', { name: '편집', exact: true }).click();
  const editor = page.getByRole('complementary', { name: '시나리오 편집' });
  const pod = editor.getByRole('group', { name: '파드 cache', exact: true });
  const field = pod.getByLabel('이름', { exact: true }).first();
  await field.fill('Bad Name!');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(pod).toContainText('DNS 형식의 이름');
  await expect(editor.getByRole('alert')).toContainText('적용되지 않았습니다');
});
