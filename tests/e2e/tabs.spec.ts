import { expect, test, type Page } from '@playwright/test';
import { ScenarioPage, watchErrors } from './pages/scenarios';

test.use({ locale: 'en-US' });

/** The notice offering the other tab's work. */
const conflict = (page: Page) =>
  page.getByRole('region', { name: /^This scenario was changed in another tab/ });

/** Opens the app in a new tab of the same browser (same localStorage). */
async function openTab(page: Page): Promise<ScenarioPage> {
  const app = new ScenarioPage(page);
  await app.open();
  return app;
}

/** Renames the pod "web" in the editor, as the learner would. */
async function renameWeb(app: ScenarioPage, to: string): Promise<void> {
  await app.openEditor();
  await app.renamePod('web', to);
  await expect(app.diagram).toContainText(to);
}

test('two tabs editing at once: the later save offers both instead of overwriting, and each choice keeps the work', async ({
  context,
}) => {
  const a = await openTab(await context.newPage());
  const b = await openTab(await context.newPage());
  const errors = [...watchErrors(a.page), ...watchErrors(b.page)];
  await renameWeb(a, 'a-web');
  // The idle tab is told as soon as the other one saves.
  await expect(conflict(b.page)).toBeVisible();
  await expect(b.diagram).not.toContainText('a-web');
  // Its own edits are not written over the other tab's work meanwhile.
  await renameWeb(b, 'b-web');
  await b.page.waitForTimeout(600);
  await a.page.reload();
  await expect(a.diagram).toContainText('a-web');
  // Keep yours: this tab's work is saved, and the other tab is offered it in turn.
  await b.button('Keep yours').click();
  await expect(conflict(b.page)).toBeHidden();
  await expect(conflict(a.page)).toBeVisible();
  await a.button('Load theirs').click();
  await expect(a.diagram).toContainText('b-web');
  await expect(conflict(a.page)).toBeHidden();
  await a.page.reload();
  await expect(a.diagram).toContainText('b-web');
  await expect(conflict(a.page)).toBeHidden();
  expect(errors).toEqual([]);
});

test('a tab reloaded before choosing gets its held-aside work offered back', async ({
  context,
}) => {
  const a = await openTab(await context.newPage());
  const b = await openTab(await context.newPage());
  await renameWeb(a, 'a-web');
  await expect(conflict(b.page)).toBeVisible();
  await renameWeb(b, 'b-web');
  await b.page.waitForTimeout(600);
  await b.page.reload();
  await expect(b.diagram).toContainText('a-web');
  await expect(conflict(b.page)).toBeVisible();
  await b.button('Load theirs').click();
  await expect(b.diagram).toContainText('b-web');
  // The other tab now sees that work saved, and is asked in its turn.
  await expect(conflict(a.page)).toBeVisible();
});

test('the notice speaks Korean, naming the other tab’s scenario', async ({ context }) => {
  const a = await openTab(await context.newPage());
  const b = await openTab(await context.newPage());
  await b.page.getByLabel('Language').selectOption('ko');
  await a.openPreset('Two nodes, VXLAN overlay');
  const notice = b.page.getByRole('region', { name: /^다른 탭에서 이 시나리오가 바뀌었습니다/ });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/다른 탭에서 “[^”]+”[을를] 저장했습니다\./);
  await expect(notice.getByRole('button', { name: '이 탭의 작업 유지' })).toBeVisible();
  await notice.getByRole('button', { name: '다른 탭의 작업 불러오기' }).click();
  await expect(notice).toBeHidden();
});
