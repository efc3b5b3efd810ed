/** Page object for the app shell on phones and tablets: where the diagram and playback bar sit, panel tabs, the header menu, touch gestures. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The shell as a learner holding a phone or a tablet sees it. */
export class ShellPage {
  constructor(readonly page: Page) {}

  get diagram(): Locator {
    return this.page.getByRole('region', { name: 'Cluster diagram' });
  }
  get canvas(): Locator {
    return this.diagram.getByRole('group', { name: /^Cluster diagram: nodes/ });
  }
  get playback(): Locator {
    return this.page.getByRole('region', { name: 'Playback' });
  }
  /** First, back, play/pause, forward, last. */
  get playbackButtons(): Locator {
    return this.playback.getByRole('button');
  }
  get hopText(): Locator {
    return this.playback.getByText(/^Hop \d+ of \d+$/);
  }
  /** The bar's status: "Hop k of n" or "No packet yet". */
  get status(): Locator {
    return this.playback.getByText(/^(Hop \d+ of \d+|No packet yet)$/);
  }
  /** How the active packet ended, as the playback bar names it. */
  get outcome(): Locator {
    return this.playback.locator('[data-outcome]');
  }
  get tabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Panels' });
  }
  tab(name: string): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }
  get menu(): Locator {
    return this.page.getByRole('button', { name: 'Menu' });
  }

  /** Checks the diagram fills at least `share` of the viewport's height and every playback control and the bar's status (hop, or how the packet ended) are fully on screen. */
  async expectDiagramAndControls(share = 0.45): Promise<void> {
    const view = this.page.viewportSize();
    if (!view) throw new Error('no viewport');
    const box = await this.diagram.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(share * view.height);
    const status = this.status.or(this.outcome).first();
    const controls = [...(await this.playbackButtons.all()), status];
    for (const c of controls) await expectOnScreen(c, view.width, view.height);
  }

  /** The transform of the zoomed drawing ("translate(x,y) scale(k)"). */
  async transform(): Promise<string> {
    return (await this.canvas.locator(':scope > g').getAttribute('transform')) ?? '';
  }

  /** The translation of the drawing, in pixels. */
  async translate(): Promise<[number, number]> {
    const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(await this.transform());
    return [Number(m?.[1] ?? 0), Number(m?.[2] ?? 0)];
  }

  /** The zoom factor read from the transform. */
  async zoomFactor(): Promise<number> {
    return Number(/scale\(([\d.e-]+)\)/.exec(await this.transform())?.[1] ?? 1);
  }

  /** Touches the diagram with one finger per start point and moves each by its own offset in a few steps (a real touch sequence, through CDP). */
  async gesture(
    starts: readonly (readonly [number, number])[],
    moves: readonly (readonly [number, number])[],
  ): Promise<void> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('no diagram');
    const cdp = await this.page.context().newCDPSession(this.page);
    const at = (t: number) =>
      starts.map(([x, y], i) => ({
        x: box.x + x * box.width + t * (moves[i]?.[0] ?? 0),
        y: box.y + y * box.height + t * (moves[i]?.[1] ?? 0),
        id: i,
      }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (const t of [0.25, 0.5, 0.75, 1])
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(t) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }
}

/** Fails unless the element's box lies wholly inside a width×height viewport. */
export async function expectOnScreen(el: Locator, width: number, height: number): Promise<void> {
  await expect(el).toBeVisible();
  const b = await el.boundingBox();
  if (!b) throw new Error('no box');
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(width + 0.5);
  expect(b.y + b.height).toBeLessThanOrEqual(height + 0.5);
}
