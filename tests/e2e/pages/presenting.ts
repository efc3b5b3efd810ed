/** Page object for teaching in a room: clicker keys, the blanked screen, skip links, the embed view and slide exports. */
import {
  expect,
  type Download,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';

/** The app as a presenter (and a course page embedding it) uses it. */
export class PresentingPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
    page.on('pageerror', (err) => this.errors.push(err.message));
  }

  /** Opens the app (or a link) and waits for the diagram. */
  async open(url = './'): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('region', { name: 'Cluster diagram' })).toBeVisible();
  }

  get playback(): Locator {
    return this.page.getByRole('region', { name: /^(Playback|재생)$/ });
  }
  /** "Hop k of n" in the playback bar. */
  get hopText(): Locator {
    return this.playback.getByText(/^Hop \d+ of \d+$/);
  }
  /** The current hop number and the hop count, read from the playback bar. */
  async hop(): Promise<[number, number]> {
    const m = /^Hop (\d+) of (\d+)$/.exec((await this.hopText.textContent()) ?? '');
    return [Number(m?.[1] ?? 0), Number(m?.[2] ?? 0)];
  }
  get sendButton(): Locator {
    return this.page.getByRole('button', { name: /^(Send|보내기)$/ });
  }
  get playButton(): Locator {
    return this.playback.getByRole('button', { name: 'Play', exact: true });
  }
  get pauseButton(): Locator {
    return this.playback.getByRole('button', { name: 'Pause', exact: true });
  }
  get blankScreen(): Locator {
    return this.page.getByTestId('blank-screen');
  }
  /** The status line that tells screen readers the screen went black and came back. */
  get blankStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Screen (blanked|back)/ });
  }
  skipLink(name: 'Skip to the send form' | 'Skip to the diagram'): Locator {
    return this.page.getByRole('link', { name });
  }
  /** Opens a preset from the gallery by its title. */
  async openPreset(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Presets', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Preset scenarios' });
    await dialog.getByRole('button', { name: new RegExp(`^${title}`) }).click();
    await expect(dialog).toBeHidden();
  }
  /** Leaves focus on nothing in particular, as after a click on an empty part of the page. */
  async focusNothing(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  /** A short description of the focused element: tag, role and accessible text. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return `${el.tagName.toLowerCase()}:${name}`;
    });
  }

  /** Opens the Share menu. */
  async openShare(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^(Share|공유)$/ }).click();
    const menu = this.page.getByRole('heading', { name: /^(Share this view|이 화면 공유하기)$/ });
    await expect(menu).toBeVisible();
    return menu.locator('xpath=..');
  }
  /** Reads the embed code from the open Share menu once it is ready. */
  async embedCode(menu: Locator): Promise<string> {
    const field = menu.getByLabel(/^(Embed code|임베드 코드)$/);
    await expect(field).toHaveValue(/<iframe/);
    return field.inputValue();
  }
  /**
   * Puts an embed code into a course page served beside the app (a routed page, without the app's
   * policy) and returns its frame. The spec must block service workers: the app's worker would
   * answer that navigation with the app itself.
   */
  async courseWith(code: string): Promise<FrameLocator> {
    const body = `<!doctype html><title>Course page</title><h1>Lesson</h1>${code}`;
    await this.page.route('**/course-page.html', (route) =>
      route.fulfill({ contentType: 'text/html', body }),
    );
    await this.page.goto('./course-page.html');
    return this.page.frameLocator('iframe');
  }
  /** Clicks an export button and returns the file it downloads, with its bytes. */
  async download(button: Locator): Promise<{ name: string; bytes: Buffer; download: Download }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks), download };
  }
}
