/** Page object for presenter mode's stage: the caption, the followed view, the inspector overlay and the theme switch. */
import { expect, type Locator, type Page } from '@playwright/test';

/** What the stage shows at one hop, in CSS pixels. */
export interface StageSizes {
  /** The hop number in the playback bar. */
  readonly hop: number;
  /** The explanation's computed font size. */
  readonly caption: number;
  /** The current element's id (a device, container or kubelet id). */
  readonly current: string;
  /** Whether the current element is a device (its label is then measured). */
  readonly device: boolean;
  /** The current device label's on-screen text size: font size × the drawing's scale. */
  readonly label: number;
  /** The current device label's box height on screen. */
  readonly labelBox: number;
  /** The smallest on-screen font size of the device labels inside the diagram's area. */
  readonly minVisibleLabel: number;
  /** Whether the current element's box lies inside the diagram's area. */
  readonly inView: boolean;
  /** The header's height (one row: under 64 px). */
  readonly header: number;
}

/** The app in presenter mode. */
export class StagePage {
  constructor(readonly page: Page) {}

  /**
   * Opens the app, a preset, sends its packet, pauses at hop 1 and turns presenter mode on (P).
   * With `sendAgain: false` the stage shows the packet the preset loads with (cold neighbour
   * caches, so its ARP hops) instead of sending it a second time (every cache warm).
   */
  async openWithPacket(preset: string, { sendAgain = true } = {}): Promise<void> {
    const page = this.page;
    await page.goto('./');
    await page.getByRole('button', { name: 'Presets', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Preset scenarios' });
    await dialog.getByRole('button', { name: new RegExp(`^${preset}`) }).click();
    await expect(dialog).toBeHidden();
    if (sendAgain) {
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
    }
    await page.getByRole('button', { name: 'To start' }).click();
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(this.caption).toBeVisible();
  }

  get caption(): Locator {
    return this.page.getByRole('region', { name: 'The current hop, explained' });
  }
  get changes(): Locator {
    return this.page.getByRole('region', { name: 'Changed at this hop' });
  }
  get inspector(): Locator {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }
  get themeSwitch(): Locator {
    return this.page.getByRole('combobox', { name: 'Colour theme' });
  }
  get hopText(): Locator {
    return this.page.getByRole('region', { name: 'Playback' }).getByText(/^Hop \d+ of \d+$/);
  }

  /** The hop count from the playback bar. */
  async hops(): Promise<number> {
    const m = /of (\d+)$/.exec((await this.hopText.textContent()) ?? '');
    return Number(m?.[1] ?? 0);
  }

  /** Measures the stage at the current hop. */
  async sizes(): Promise<StageSizes> {
    return this.page.evaluate(() => {
      const svg = document.getElementById('diagram-canvas') as unknown as SVGSVGElement;
      const area = svg.getBoundingClientRect();
      const scale = (el: SVGGraphicsElement) => el.getScreenCTM()?.a ?? 0;
      const px = (t: SVGTextElement) => parseFloat(getComputedStyle(t).fontSize) * scale(t);
      const cur = svg.querySelector<SVGGElement>('[data-current="true"]');
      const label = cur?.hasAttribute('data-device-id') ? cur.querySelector('text') : null;
      const box = cur?.getBoundingClientRect();
      const inside = (r: DOMRect) =>
        r.left >= area.left - 1 &&
        r.right <= area.right + 1 &&
        r.top >= area.top - 1 &&
        r.bottom <= area.bottom + 1;
      const visible = [...svg.querySelectorAll<SVGTextElement>('[data-device-id] > text')].filter(
        (t) => inside(t.getBoundingClientRect()),
      );
      const text = document.querySelector('[data-testid="stage-text"]');
      const m = /^Hop (\d+)/.exec(
        [...document.querySelectorAll('p, span, output, div')]
          .map((e) => e.textContent ?? '')
          .find((s) => /^Hop \d+ of \d+$/.test(s)) ?? '',
      );
      return {
        hop: Number(m?.[1] ?? 0),
        caption: text ? parseFloat(getComputedStyle(text).fontSize) : 0,
        current: cur?.id ?? '',
        device: label !== null,
        label: label ? px(label) : 0,
        labelBox: label ? label.getBoundingClientRect().height : 0,
        minVisibleLabel: Math.min(...visible.map(px)),
        inView: box ? inside(box) : false,
        header: document.querySelector('header')?.getBoundingClientRect().height ?? 0,
      };
    });
  }
}
