/** Page object for the cluster diagram: its elements by role and label, zoom buttons, the current hop. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The app as the diagram shows it. */
export class DiagramPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
    page.on('pageerror', (err) => this.errors.push(err.message));
  }

  /** Opens the app fresh with the default scenario. */
  async open(path = './'): Promise<void> {
    await this.page.goto(path);
    await expect(this.canvas).toBeVisible();
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Cluster diagram' });
  }
  get canvas(): Locator {
    return this.region.getByRole('group', { name: /^Cluster diagram: nodes/ });
  }
  /** A diagram element (node, pod, container, device, kubelet) by the start of its accessible name. */
  element(name: string | RegExp): Locator {
    return this.canvas.getByRole('button', {
      name: typeof name === 'string' ? new RegExp(`^${name}`) : name,
    });
  }
  /** A device by the sim's DeviceId. */
  device(id: string): Locator {
    return this.canvas.locator(`[data-device-id="${id}"]`);
  }
  /** Devices of one kind. */
  devicesOfKind(kind: string): Locator {
    return this.canvas.locator(`[data-device-id][data-kind="${kind}"]`);
  }
  /** The element the active packet is at. */
  get current(): Locator {
    return this.canvas.locator('[data-current="true"]');
  }
  /** The moving packet of flow i (drawn in the packet overlay). */
  packet(i: number): Locator {
    return this.region.locator(`[data-flow="${i}"]`);
  }
  get zoomIn(): Locator {
    return this.region.getByRole('button', { name: 'Zoom in' });
  }
  get zoomOut(): Locator {
    return this.region.getByRole('button', { name: 'Zoom out' });
  }
  get fit(): Locator {
    return this.region.getByRole('button', { name: 'Fit to screen' });
  }
  /** The current zoom factor, read from the transform of the zoomed group. */
  async zoomFactor(): Promise<number> {
    const tr = (await this.canvas.locator(':scope > g').getAttribute('transform')) ?? '';
    const m = /scale\(([\d.e-]+)\)/.exec(tr);
    return m ? Number(m[1]) : 1;
  }
  /** Sends the send form's default packet, then pauses at its first hop. */
  async sendAndPause(): Promise<void> {
    await this.page.getByRole('button', { name: /^Send$/ }).click();
    await this.page.getByRole('button', { name: 'To start' }).click();
  }
  /** Steps the playback forward n hops with the playback bar. */
  async step(n: number): Promise<void> {
    const forward = this.page.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < n; i++) await forward.click();
  }
}
