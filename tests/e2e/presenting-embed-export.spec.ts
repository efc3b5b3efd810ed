import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PresentingPage } from './pages/presenting';

// The course page is a routed page beside the app: the app's service worker would answer it with the app.
test.use({ locale: 'en-US', serviceWorkers: 'block' });

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

test('the diagram at the current hop saves as an SVG and a PNG for slides, both valid images', async ({
  page,
}) => {
  const menu = await app.openShare();
  const svgFile = await app.download(menu.getByRole('button', { name: 'Save as SVG' }));
  expect(svgFile.name).toBe('two-nodes-vxlan-overlay-hop-3.svg');
  await expect(menu.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved two-nodes-vxlan-overlay-hop-3.svg.',
  );
  const svgText = svgFile.bytes.toString('utf8');
  expect(svgText.startsWith('<?xml')).toBe(true);
  expect(svgText).not.toMatch(/oklch|class=|tabindex/);
  const [, n] = await app.hop();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: root.tagName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: Array.from(root.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      fills: Array.from(root.querySelectorAll('[fill]')).map((e) => e.getAttribute('fill')),
    };
  }, svgText);
  expect(parsed.errors).toBe(0);
  expect(parsed).toMatchObject({ root: 'svg', ns: 'http://www.w3.org/2000/svg' });
  expect(parsed.width).toBeGreaterThan(300);
  expect(parsed.height).toBeGreaterThan(200);
  expect(parsed.texts).toContain('flannel.1');
  expect(parsed.texts).toContain('cni0');
  expect(parsed.texts.some((t) => t.startsWith(`Hop 3 of ${n} · `))).toBe(true);
  for (const f of parsed.fills) expect(f).toMatch(/^(#[0-9a-f]{6}|none)$/);
  // It opens as an image.
  const opened = await page.evaluate(async (text) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, svgText);
  expect(opened).toEqual([Math.round(parsed.width), Math.round(parsed.height)]);

  const pngFile = await app.download(menu.getByRole('button', { name: 'Save as PNG' }));
  expect(pngFile.name).toBe('two-nodes-vxlan-overlay-hop-3.png');
  const png = pngFile.bytes;
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(size).toEqual([Math.round(parsed.width * 2), Math.round(parsed.height * 2)]);
  const decoded = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(bitmap, 0, 0);
    const px = ctx?.getImageData(2, 2, 1, 1).data;
    return { w: bitmap.width, h: bitmap.height, corner: px ? [...px] : [] };
  }, png.toString('base64'));
  expect([decoded.w, decoded.h]).toEqual(size);
  // Drawn on the page's background (light theme), not transparent.
  expect(decoded.corner[3]).toBe(255);
  expect(app.errors).toEqual([]);
});

test('the Share menu with its embed options and export, and the embed view with caption and headers, have no WCAG 2.1 AA violations', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const scan = async () =>
    (
      await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
    ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const menu = await app.openShare();
  await menu.getByLabel('Caption: the current hop’s explanation').check();
  await menu.getByLabel('The current hop’s headers').check();
  // the code is rebuilt after each choice: read it once it carries both
  await expect(menu.getByLabel('Embed code')).toHaveValue(/\?embed=caption,headers#v1\./);
  const code = await app.embedCode(menu);
  expect(await scan()).toEqual([]);
  const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? '';
  await page.goto(src);
  await expect(page.getByRole('region', { name: 'Explanation of the current hop' })).toContainText(
    /^Hop 3 of \d+ · /,
  );
  await expect(page.getByRole('region', { name: 'Headers of the current hop' })).toBeVisible();
  expect(await scan()).toEqual([]);
  expect(app.errors).toEqual([]);
});
