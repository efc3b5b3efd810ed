/** Kubernetes YAML in and out through the File menu: paste, see what is left out, load and send; export and read it back. */
import { expect, test, type Page } from '@playwright/test';
import { PresentingPage } from './pages/presenting';

test.use({ locale: 'en-US' });

const YAML = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          ports: [{ containerPort: 80, name: http }]
          readinessProbe: { httpGet: { path: /, port: 80 } }
---
apiVersion: v1
kind: Pod
metadata: { name: client, labels: { app: client } }
spec:
  containers: [{ name: curl, image: curlimages/curl:8.8.0 }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: http }]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: robot }
`;

async function openFileMenu(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'File', exact: true }).click();
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${size.width}×${size.height}, pasted YAML shows what is left out, loads undoably and sends a packet`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const app = new PresentingPage(page);
    await app.open();
    await openFileMenu(page);
    await page.getByRole('button', { name: 'Import Kubernetes YAML…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import Kubernetes YAML' });
    await dialog.getByLabel('Kubernetes YAML or kubectl output').fill(YAML);
    await dialog.getByLabel('VXLAN overlay (flannel.1)').check();
    await expect(dialog.getByText('3 pods on 2 nodes, 1 Services.')).toBeVisible();
    const left = dialog.getByRole('region', { name: /^Left out or changed/ });
    await expect(left).toContainText(
      'spec.template.spec.containers[0].readinessProbe is not simulated',
    );
    await expect(left).toContainText('ServiceAccount robot');
    await expect(left).toContainText('A kind the lab does not simulate');
    await page.screenshot({ path: `test-results/manifests-import-${size.width}.png` });
    await dialog.getByRole('button', { name: 'Load' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^Loaded From Kubernetes YAML: 3 pods on 2 nodes\./)).toBeVisible();
    // On a phone Undo sits in the closed header menu.
    if (size.width > 1000) await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
    // The imported cluster's first packet (client → Service web) is ready: play it.
    await app.playback.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(app.hopText).toBeVisible();
    await expect(
      page.getByText(/curl sends a TCP packet from 10\.244\.\d+\.\d+ to 10\./).first(),
    ).toBeAttached();
    expect(app.errors).toEqual([]);
  });
}

test('the scenario exports as Kubernetes YAML to download and copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new PresentingPage(page);
  await app.open();
  await openFileMenu(page);
  await page.getByRole('button', { name: 'Export as Kubernetes YAML' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kubernetes YAML' });
  const text = dialog.getByLabel('Manifests');
  await expect(text).toHaveValue(/kind: Pod\n/);
  await expect(text).toHaveValue(/name: kube-flannel-cfg/);
  await page.screenshot({ path: 'test-results/manifests-export-1440.png' });
  const file = await app.download(dialog.getByRole('button', { name: /^Download .*\.k8s\.yaml$/ }));
  expect(file.bytes.toString('utf8')).toBe(await text.inputValue());
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
