/** A 5,000-pod cluster on 250 nodes, imported as a file: node summaries when zoomed out, pods when zoomed in, every prepared packet played. */
import { expect, test } from '@playwright/test';
import { benchScenarioJson } from '../../scripts/bench/scenarioFile';
import { BigClusterPage } from './pages/perf';
import { watchErrors } from './pages/scenarios';

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);

test('5,000 pods import through the file menu, collapse into node summaries, open up when zoomed in, and play all 64 packets', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const app = new BigClusterPage(page);
  await app.open();
  await app.importFile(benchScenarioJson({ pods: 5000, nodes: 250, packets: 64 }));

  // Zoomed out to fit, every node is a summary: name, addresses and its 20 pods counted.
  await expect(app.summaries).toHaveCount(250, { timeout: 20_000 });
  await expect(app.canvas.locator('[data-node="bench-n7"]')).toContainText('20 pods');
  await expect(app.canvas.locator('[data-node="bench-n7"]')).toContainText('node bench-n7');
  // No pod is drawn but those a shown packet touches (at most the scenario's first one here).
  expect(await app.pods.count()).toBeLessThanOrEqual(2);

  // Play all: every prepared packet is shown; the pods they touch stay visible in the summaries.
  await app.playAll.click();
  await expect(app.packetMarks).toHaveCount(64);
  await expect(app.pods).toHaveCount(128);
  const listed = app.packetsShown.getByRole('button', { name: /^Packet \d+:/ });
  await app.packetsShown.getByRole('button', { name: /^Show \d+ more$/ }).click();
  await expect(listed).toHaveCount(64);

  // Wheel in over the middle of the diagram, then zoom on with the button: pods appear in full.
  await app.dismissNotices();
  const box = await app.canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -200);
  for (let i = 0; i < 4; i++) await app.zoomIn.click();
  await expect(app.summaries).toHaveCount(0, { timeout: 20_000 });
  await expect(app.pods.first()).toBeVisible();
  await expect(app.pods.first()).toContainText('8080/TCP');
  // Only what is near the view is drawn: a handful of the 250 nodes.
  expect(await app.canvas.locator('[data-node]').count()).toBeLessThan(30);
  expect(errors).toEqual([]);
});
