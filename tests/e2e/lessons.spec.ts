/** Every lesson walked to its end in English and Korean: each step read, each question answered and revealed, each check met. */
import { expect, test } from '@playwright/test';
import { COURSE } from '../../src/lessons/course';
import { LessonsPage, UNFINISHED } from './pages/lessons';
import { watchErrors } from './pages/scenarios';

for (const lang of ['en', 'ko'] as const)
  for (const lesson of COURSE)
    test(`lesson ${String(lesson.id)} walked to its end in ${lang}`, async ({ page }) => {
      const errors = watchErrors(page);
      const l = new LessonsPage(page, lang);
      await l.open(`?lesson=${String(lesson.id)}&step=1`);
      await l.speed.selectOption('4');
      for (const [i, step] of lesson.steps.entries()) {
        await expect(l.panel).toContainText(l.opening(step.text, lesson.params ?? {}));
        expect(await l.panel.innerText()).not.toMatch(UNFINISHED);
        await expect(page).toHaveURL(new RegExp(`[?&]step=${i + 1}(&|#|$)`));
        if (step.predict) {
          await l.play.click();
          await expect(l.question).toBeVisible({ timeout: 20_000 });
          expect(await l.question.innerText()).not.toMatch(UNFINISHED);
          await l.question.getByRole('listitem').first().getByRole('button').click();
          await expect(l.continueButton).toBeFocused();
          const revealed = await l.question.innerText();
          expect(revealed).not.toMatch(UNFINISHED);
          expect(revealed).toContain(l.m['predict.why']);
          await l.continueButton.click();
          await expect(l.question).toBeHidden();
        }
        await l.next.click();
      }
      await expect(l.panel).toContainText(l.m['lessons.yourTurn']);
      await expect(l.check).toHaveAttribute('data-done', 'false');
      await l.showMe.click();
      await expect(l.check).toHaveAttribute('data-done', 'true');
      expect(await l.panel.innerText()).not.toMatch(UNFINISHED);
      expect(await page.evaluate(() => localStorage.getItem('pnl.lessons'))).toContain(
        `"${String(lesson.id)}"`,
      );
      expect(errors).toEqual([]);
    });

test('the list shows what is done, opens a lesson from the header, and leaving brings back the learner’s scenario', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.addInitScript(() =>
    localStorage.setItem(
      'pnl.lessons',
      JSON.stringify({ format: 'pod-network-lab/lessons', version: 1, done: ['c1', 'c2'] }),
    ),
  );
  await page.goto('./');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const list = page.getByRole('dialog', { name: 'Lessons' });
  await expect(list).toContainText(`2 of ${String(COURSE.length)} done`);
  await list.getByRole('button', { name: /localhost: the packet never leaves the pod/ }).click();
  const l = new LessonsPage(page, 'en');
  await expect(l.panel).toContainText('localhost: the packet never leaves the pod');
  await expect(page).toHaveURL(/\?lesson=c6&step=1#v1\./);
  await l.next.click();
  await page.keyboard.press('Tab');
  await l.panel.getByRole('button', { name: 'Back' }).press('Enter');
  await expect(page).toHaveURL(/step=1/);
  await l.panel.getByRole('button', { name: 'Leave lesson' }).click();
  await expect(l.panel).toBeHidden();
  await expect(page).not.toHaveURL(/lesson=/);
  await expect(page.getByRole('region', { name: 'Cluster diagram' })).toContainText('node2');
  expect(errors).toEqual([]);
});

test('prediction turned on outside lessons stops a preset’s packet, and the embed asks too', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?predict');
  const l = new LessonsPage(page, 'en');
  await l.speed.selectOption('4');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(l.question).toBeVisible({ timeout: 20_000 });
  // the sender's cache is cold: its route hop must ask ARP for the gateway first
  await expect(l.question).toContainText(
    'Before this hop sends the packet on, does it have to ask ARP for the next hop’s MAC address?',
  );
  await l.question.getByRole('button', { name: /^Yes: its neighbour cache/ }).click();
  await expect(l.question).toContainText('Right.');
  await expect(l.question).toContainText('Score: 1 of 1');
  await l.continueButton.click();
  // The next stop (the address on the wire) pauses playback, and the address catches up.
  await expect(l.question).toContainText(
    'After the next hop, what is the destination IP address?',
    {
      timeout: 20_000,
    },
  );
  await expect(page).toHaveURL(/\?predict=?#v1\./);
  const share = new URL(page.url());
  await page.goto(`./?embed&predict${share.hash}`);
  await page.locator('.pnl-playback').getByRole('button', { name: 'Play' }).click();
  await expect(l.question).toBeVisible({ timeout: 20_000 });
  expect(errors).toEqual([]);
});
