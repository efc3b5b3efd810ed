/** Pod creation as a trace (C11): the editor's Add pod plays CNI ADD step by step, undo brings the leases back, and lesson C11 walked in English and Korean. */
import { expect, test, type Page } from '@playwright/test';
import { c11 } from '../../src/lessons/course/c11';
import { LessonsPage, UNFINISHED } from './pages/lessons';
import { ScenarioPage, watchErrors } from './pages/scenarios';

const SHOTS = process.env.PW_SHOTS;

/** The CNI trace's card in the side panel. */
const cniPanel = (page: Page) => page.getByTestId('cni-panel');
/** The playback bar's play/pause button, in either language. */
const playToggle = (page: Page) => page.locator('.pnl-playback [data-play-toggle]');

test('adding a pod plays its CNI ADD: each step, the result JSON and the lease; undo gives the address back', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.editor.getByRole('button', { name: 'Add pod' }).click();
  const panel = cniPanel(page);
  await expect(panel).toContainText('Pod creation: CNI ADD');
  await expect(panel).toContainText('Pod default/pod1 on node1');
  await expect(page.getByTestId('cni-overlay')).toBeVisible();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'To start', exact: true }).click();
  await expect(
    page.locator('.pnl-playback').getByText('Step 1 of 12', { exact: true }),
  ).toBeVisible();
  await expect(panel).toContainText('Start the sandbox (pause) container');
  const forward = page.getByRole('button', { name: 'Step forward', exact: true });
  await forward.click();
  await forward.click();
  await expect(panel).toContainText('Run the CNI plugin');
  await expect(panel.getByRole('region', { name: 'Environment' })).toContainText('CNI_COMMAND=ADD');
  await expect(panel.getByRole('region', { name: 'Network configuration (stdin)' })).toContainText(
    '"type": "flannel"',
  );
  for (let i = 0; i < 5; i++) await forward.click();
  await expect(
    page.locator('.pnl-playback').getByText('Step 8 of 12', { exact: true }),
  ).toBeVisible();
  await expect(panel).toContainText('IPAM: reserve an address');
  const leases = panel.getByRole('table', { name: 'host-local on node1 after this step' });
  await expect(leases).toContainText('10.244.1.4');
  await expect(leases).toContainText('default/pod1');
  await page.getByRole('button', { name: 'Close editor', exact: true }).click();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/add-1440.png` });
  await page.getByRole('button', { name: 'To end', exact: true }).click();
  await expect(
    page.locator('.pnl-playback').getByText('Step 12 of 12', { exact: true }),
  ).toBeVisible();
  const result = panel.getByRole('region', { name: 'Result JSON (stdout)' });
  await expect(result).toContainText('"address": "10.244.1.4/24"');
  await expect(result).toContainText('"gateway": "10.244.1.1"');
  // The node's details show host-local's state and its files.
  await page
    .locator('[data-element-id="node:node1"]')
    .first()
    .click({ position: { x: 8, y: 8 } });
  const ipam = page.getByTestId('ipam');
  await expect(ipam).toContainText('10.244.1.4');
  await expect(ipam).toContainText('last_reserved_ip: 10.244.1.4');
  // Undo: the pod goes, and so does its lease.
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(app.pod('pod1')).toHaveCount(0);
  await expect(panel).toHaveCount(0);
  await expect(ipam).not.toContainText('10.244.1.4');
  await expect(ipam).toContainText('last_reserved_ip: 10.244.1.3');
  expect(errors).toEqual([]);
});

test('removing a pod plays its CNI DEL, the pod drawn until its sandbox is gone', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.pod('api').getByRole('button', { name: 'Remove pod api' }).click();
  const panel = cniPanel(page);
  await expect(panel).toContainText('Pod deletion: CNI DEL');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'To start', exact: true }).click();
  await expect(page.getByTestId('cni-overlay')).toBeVisible();
  await page.getByRole('button', { name: 'To end', exact: true }).click();
  await expect(panel).toContainText('Remove the sandbox and its namespace');
  await expect(
    page.locator('.pnl-playback').getByText('Step 5 of 5', { exact: true }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a pod deleted before another on its node is drawn after the pods left there, over none of them', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.pod('web').getByRole('button', { name: 'Remove pod web' }).click();
  await expect(cniPanel(page)).toContainText('Pod default/web on node1');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'To start', exact: true }).click();
  await page.getByRole('button', { name: 'Close editor', exact: true }).click();
  const ghost = page.locator('[data-cni-ghost]');
  await expect(ghost).toHaveCount(1);
  const g = await ghost.boundingBox();
  const cache = await page.locator('[data-element-id="pod:default/cache"]').first().boundingBox();
  const node = await page.locator('[data-element-id="node:node1"]').first().boundingBox();
  if (!g || !cache || !node) throw new Error('not drawn');
  // Right of cache (which moved into web's place), inside node1.
  expect(g.x).toBeGreaterThan(cache.x + cache.width);
  expect(g.x + g.width).toBeLessThanOrEqual(node.x + node.width);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/del-web.png` });
  // On the stage, the camera frames the ghost's eth0 as it goes.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('p');
  const forward = page.getByRole('button', { name: 'Step forward', exact: true });
  await forward.click();
  await forward.click();
  await expect(page.getByRole('region', { name: 'The current step, explained' })).toContainText(
    'bridge plugin: deletes eth0 in the pod’s namespace',
  );
  await expect(page.getByRole('region', { name: 'Changed at this step' })).toContainText(
    'eth0 → removed',
  );
  await expect.poll(async () => (await stageSizes(page)).inView).toBe(true);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/del-web-stage.png` });
  await page.keyboard.press('p');
  await page.getByRole('button', { name: 'To end', exact: true }).click();
  await expect(ghost).toHaveCount(1);
  await page.getByRole('button', { name: 'Back to packets', exact: true }).click();
  await expect(ghost).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const [name, size, presenter] of [
  ['1280-presenter', { width: 1280, height: 720 }, true],
  ['390', { width: 390, height: 844 }, false],
] as const)
  test(`the CNI trace fits at ${name}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    await page.goto(`./?lesson=c11&step=2`);
    await expect(page.getByTestId('cni-overlay')).toBeVisible();
    if (presenter) await page.keyboard.press('p');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/lesson-${name}-start.png` });
    // On a phone the lesson sheet covers the playback bar: the sheet has its own Play.
    await page.getByTestId('lesson-panel').getByRole('button', { name: 'Play the steps' }).click();
    await expect(page.getByTestId('prediction')).toBeVisible({ timeout: 15_000 });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/lesson-${name}.png` });
    expect(errors).toEqual([]);
  });

/** The caption's large line's font size, and whether the element the step acts on is inside the diagram's area. */
async function stageSizes(page: Page): Promise<{ caption: number; inView: boolean }> {
  return page.evaluate(() => {
    const text = document.querySelector('[data-testid="stage-text"]');
    const area = document.getElementById('diagram-canvas')?.getBoundingClientRect();
    const ring = document.querySelector('[data-cni-target] rect')?.getBoundingClientRect();
    const inView =
      !!area &&
      !!ring &&
      ring.left >= area.left - 1 &&
      ring.right <= area.right + 1 &&
      ring.top >= area.top - 1 &&
      ring.bottom <= area.bottom + 1;
    return { caption: text ? parseFloat(getComputedStyle(text).fontSize) : 0, inView };
  });
}

for (const [w, h] of [
  [1280, 720],
  [1920, 1080],
] as const)
  test(`presenter mode at ${w}×${h} captions every CNI step at 28 px or more, who acts and what, with the step's element in view`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: w, height: h });
    // The camera then jumps instead of easing: each step can be measured at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?lesson=c11&step=2`);
    await expect(page.getByTestId('cni-overlay')).toBeVisible();
    await page.keyboard.press('p');
    const caption = page.getByRole('region', { name: 'The current step, explained' });
    const changed = page.getByRole('region', { name: 'Changed at this step' });
    const forward = page.getByRole('button', { name: 'Step forward', exact: true });
    await expect(caption).toContainText('Step 1 of 12 · Pod creation: CNI ADD');
    await expect(caption).toContainText(
      'Container runtime: starts the pause container that holds the pod’s namespaces',
    );
    const says: Record<number, string> = {
      6: 'bridge plugin: creates the veth pair, names the pod’s end eth0',
      8: 'host-local IPAM: reserves 10.244.1.4',
      12: 'bridge plugin: returns the result JSON to the runtime: 10.244.1.4/24',
    };
    for (let k = 1; k <= 12; k++) {
      await expect(caption).toContainText(`Step ${k} of 12`);
      const say = says[k];
      if (say) await expect(caption).toContainText(say);
      await expect
        .poll(async () => (await stageSizes(page)).inView, { message: `step ${k}` })
        .toBe(true);
      expect((await stageSizes(page)).caption, `step ${k}`).toBeGreaterThanOrEqual(28);
      if (k === 8) {
        await expect(changed).toContainText('last_reserved_ip');
        await expect(changed).toContainText('10.244.1.3');
      }
      if (SHOTS && (k === 6 || k === 8))
        await page.screenshot({ path: `${SHOTS}/stage-${w}-${k}.png` });
      if (k < 12) await forward.click();
    }
    expect(await caption.innerText()).not.toMatch(/\bcni\.[a-z]|\{\{/);
    expect(errors).toEqual([]);
  });

for (const lang of ['en', 'ko'] as const)
  test(`lesson C11 walked in ${lang}: ADD with its question, DEL, the first pod's cni0, the check`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const l = new LessonsPage(page, lang);
    await l.open('?lesson=c11&step=1');
    await l.speed.selectOption('4');
    for (const [i, step] of c11.steps.entries()) {
      await expect(l.panel).toContainText(l.opening(step.text, c11.params ?? {}));
      expect(await l.panel.innerText()).not.toMatch(UNFINISHED);
      if (step.actions?.length) await expect(page.getByTestId('cni-overlay')).toBeVisible();
      if (step.predictCni) {
        await playToggle(page).click();
        await expect(l.question).toBeVisible({ timeout: 20_000 });
        expect(await l.question.innerText()).not.toMatch(UNFINISHED);
        // The question names the CNI step it waits before, not a hop.
        await expect(l.question).toContainText(
          lang === 'en' ? /Before step \d+: / : /\d+단계 앞: /,
        );
        await l.question.getByRole('listitem').first().getByRole('button').click();
        await expect(l.continueButton).toBeFocused();
        // Answered, it explains: why this answer, then what the step does.
        await expect(
          l.question.getByRole('heading', { name: l.m['predict.cniWhy'] }),
        ).toBeVisible();
        const lead =
          step.predictCni.ask === 'bridge'
            ? l.m['predict.cni.why.bridge.yes']
            : l.m['predict.cni.why.nextIp'];
        await expect(l.question).toContainText(
          lead.replace(/\{\{node\}\}/g, 'node1').split('{{')[0] ?? '',
        );
        expect(await l.question.innerText()).not.toMatch(UNFINISHED);
        if (SHOTS && lang === 'ko') await page.screenshot({ path: `${SHOTS}/ko-step${i + 1}.png` });
        await l.continueButton.click();
        await expect(l.question).toBeHidden();
        expect(await cniPanel(page).innerText()).not.toMatch(/\bcni\.[a-z]/);
      }
      await l.next.click();
    }
    await expect(l.panel).toContainText(l.m['lessons.yourTurn']);
    await expect(l.check).toHaveAttribute('data-done', 'false');
    await l.showMe.click();
    await expect(l.check).toHaveAttribute('data-done', 'true');
    expect(errors).toEqual([]);
  });
