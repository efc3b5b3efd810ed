import { expect, test } from '@playwright/test';
import { PresentingPage } from './pages/presenting';

test.use({ locale: 'en-US' });

let app: PresentingPage;
test.beforeEach(async ({ page }) => {
  app = new PresentingPage(page);
  await app.open();
  await app.openPreset('Two nodes, VXLAN overlay');
  await app.focusNothing();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(app.hopText).toHaveText(/^Hop 3 of \d+$/);
});

test('the embed of a Korean view shows the caption and headers of the hop, in Korean, and works by keyboard inside its frame', async ({
  page,
}) => {
  await page.getByLabel('Language').selectOption('ko');
  const inspector = page.getByRole('region', { name: '패킷 상세 정보' });
  const why = await inspector
    .getByRole('heading', { name: '이유' })
    .locator('xpath=following-sibling::p[1]')
    .innerText();
  expect(why).toMatch(/[가-힣]/);
  const menu = await app.openShare();
  await menu.getByLabel('캡션: 현재 홉 설명').check();
  await menu.getByLabel('현재 홉의 헤더').check();
  await expect(menu.getByLabel('임베드 코드')).toHaveValue(/\?embed=caption,headers#v1\./);
  const code = await app.embedCode(menu);
  expect(code).toMatch(/^<iframe src="http[^"]+\?embed=caption,headers#v1\.[^"]+" /);
  expect(code).toContain('title="Pod Network Lab: 두 노드, VXLAN 오버레이"');
  expect(code).toContain('allow="clipboard-write; fullscreen"');

  const frame = await app.courseWith(code);
  const caption = frame.getByRole('region', { name: '현재 홉 설명' });
  await expect(caption).toContainText(/^\d+개 홉 중 3번째 · /);
  await expect(caption).toContainText(why);
  const headers = frame.getByRole('region', { name: '현재 홉의 헤더' });
  await expect(headers.getByRole('heading', { name: '이 지점의 헤더' })).toBeVisible();
  await expect(headers.getByRole('region', { name: 'IPv4' })).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ko');
  expect(await frame.locator('title').textContent()).toBe(
    'Pod Network Lab: 두 노드, VXLAN 오버레이',
  );
  await expect(frame.getByRole('link', { name: 'Pod Network Lab에서 열기' })).toBeVisible();

  // The keyboard reaches into the frame: the first Tab from the course page lands on the diagram.
  await page.locator('h1').click();
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('group', { name: /^클러스터 다이어그램/ })).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(caption).toContainText(/^\d+개 홉 중 4번째 · /);
  await page.keyboard.press('PageUp');
  await expect(caption).toContainText(/^\d+개 홉 중 3번째 · /);
  const play = frame.getByRole('button', { name: '재생', exact: true });
  for (let i = 0; i < 80 && !(await play.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(play).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('button', { name: '일시 정지', exact: true })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(play).toBeFocused();
  await page.keyboard.press('b');
  await expect(frame.getByTestId('blank-screen')).toBeVisible();
  await page.keyboard.press('b');
  await expect(frame.getByTestId('blank-screen')).toBeHidden();
  expect(app.errors).toEqual([]);
});

test('an embed link without options shows the diagram and playback only', async ({ page }) => {
  const menu = await app.openShare();
  const code = await app.embedCode(menu);
  expect(code).toMatch(/\?embed#v1\./);
  const frame = await app.courseWith(code);
  await expect(frame.getByText(/^Hop 3 of \d+$/)).toBeVisible();
  await expect(frame.getByTestId('embed-caption')).toHaveCount(0);
  await expect(frame.getByTestId('embed-headers')).toHaveCount(0);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  expect(page.url()).toBeTruthy();
});
