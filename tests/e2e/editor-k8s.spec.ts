import { expect, test } from '@playwright/test';
import { PanelsPage } from './pages/panels';
import { ScenarioPage, watchErrors } from './pages/scenarios';

test('a learner lets a denied pod through by editing the NetworkPolicy manifest, and the packet then arrives', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  const panels = new PanelsPage(page);
  await app.open();
  await app.openPreset('Default deny with one allow rule');
  await app.openEditor();
  const reach = app.editor.getByText('Who can reach whom');
  await reach.click();
  const table = app.editor.getByRole('table');
  const clientRow = table.getByRole('row', { name: /^shop\/client/ });
  await expect(clientRow.getByRole('cell').nth(1)).toHaveText('denied');

  const manifest = app.editor
    .getByRole('group', { name: 'NetworkPolicy shop/allow-web-to-api' })
    .getByLabel('Manifest (YAML)');
  const yaml = await manifest.inputValue();
  expect(yaml).toContain('kind: NetworkPolicy');
  // a second peer: pods labelled app=client may connect too
  await manifest.fill(
    yaml.replace(
      '    - from:\n        - podSelector:\n            matchLabels:\n              app: web\n',
      '    - from:\n        - podSelector:\n            matchLabels:\n              app: web\n        - podSelector:\n            matchLabels:\n              app: client\n',
    ),
  );
  await manifest.press('Control+Enter');
  await expect(clientRow.getByRole('cell').nth(1)).toHaveText('allowed');

  await manifest.fill('spec: [unclosed');
  await manifest.press('Control+Enter');
  await expect(app.editor.getByText(/This manifest cannot be read at 1/)).toBeVisible();
  await manifest.press('Escape');

  await app.editor.getByRole('button', { name: 'Close editor' }).click();
  await panels.send({ from: 'curl in shop/client', to: 'pod shop/api (10.244.2.2)', port: '8080' });
  await page.keyboard.press('End');
  await expect(panels.outcome).toContainText('Delivered');
  expect(errors).toEqual([]);
});

test('adding a Service in the editor draws it as a pill with its address, and the send form offers it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  const panels = new PanelsPage(page);
  await app.open();
  await app.openEditor();
  await app.editor.getByRole('button', { name: 'Add a Service' }).click();
  const fields = app.editor.getByRole('group', { name: 'Service default/svc1' });
  await expect(fields).toBeVisible();
  const ports = fields.getByLabel('Ports');
  await ports.fill('80:8080, nonsense');
  await ports.press('Enter');
  await expect(fields).toContainText('Write each port as port:targetPort');
  await ports.fill('80:80');
  await ports.press('Enter');
  await expect(app.diagram.locator('[data-service="default/svc1"]')).toBeVisible();
  await app.editor.getByRole('button', { name: 'Close editor' }).click();
  await expect(
    panels.to.locator('option', { hasText: 'Service default/svc1 (ClusterIP)' }),
  ).toHaveCount(1);
  expect(errors).toEqual([]);
});
