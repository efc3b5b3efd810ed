/** Page object for big clusters: importing a scenario file through the File menu, the diagram's summaries, zoom and the packets shown. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The app with a big cluster, as a user sees it. */
export class BigClusterPage {
  constructor(readonly page: Page) {}

  /** Opens the app and waits for the diagram. */
  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.canvas.locator('[data-node]').first()).toBeVisible();
  }

  /** The diagram's canvas. */
  get canvas(): Locator {
    return this.page.locator('#diagram-canvas');
  }

  /** Imports JSON text as a file with File → Import file…. */
  async importFile(json: string): Promise<void> {
    await this.page.getByRole('button', { name: 'File', exact: true }).click();
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: 'Import file…', exact: true }).click(),
    ]);
    await chooser.setFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Opened the scenario' }),
    ).toBeVisible({ timeout: 30_000 });
    await this.page.keyboard.press('Escape');
  }

  /** Dismisses the notices shown (they sit over the zoom buttons); returns their texts. */
  async dismissNotices(): Promise<string[]> {
    const texts: string[] = [];
    const dismiss = this.page.getByRole('button', { name: 'Dismiss', exact: true });
    for (let i = 0; i < 5 && (await dismiss.count()) > 0; i++) {
      const box = dismiss.first().locator('xpath=..');
      texts.push((await box.innerText()).replace(/\s+/g, ' '));
      await dismiss.first().click();
    }
    return texts;
  }

  /** Node summaries drawn (nodes collapsed when zoomed out). */
  get summaries(): Locator {
    return this.canvas.locator('[data-summary="true"]');
  }

  /** Pods drawn. */
  get pods(): Locator {
    return this.canvas.locator('[data-pod-id]');
  }

  /** The zoom-in button. */
  get zoomIn(): Locator {
    return this.page.getByRole('button', { name: 'Zoom in', exact: true });
  }

  /** The "Play all traffic" button. */
  get playAll(): Locator {
    return this.page.getByRole('button', { name: 'Play all traffic', exact: true }).first();
  }

  /** The list of packets shown, in the side panel. */
  get packetsShown(): Locator {
    return this.page.getByRole('region', { name: 'Packets shown' });
  }

  /** Packets drawn in the diagram's packet layer (hidden from assistive technology). */
  get packetMarks(): Locator {
    return this.page.locator('[data-testid="packets"] g[data-flow]');
  }
}
