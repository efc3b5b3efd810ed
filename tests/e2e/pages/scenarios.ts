/** Page object for the scenario tools: toolbar, editor, presets, share and file menus, notices. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Collects console errors and page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** The scenario tools as a user sees them. */
export class ScenarioPage {
  constructor(readonly page: Page) {}

  /** Opens the app at a path or full URL and waits for the diagram. */
  async open(url = './'): Promise<void> {
    await this.page.goto(url);
    await expect(this.diagram).toBeVisible();
  }

  /** The cluster diagram region. */
  get diagram(): Locator {
    return this.page.getByRole('region', { name: 'Cluster diagram' }).first();
  }

  /** The "Hop k of n" text of the playback bar. */
  get hopText(): Locator {
    return this.page.getByText(/^Hop \d+ of \d+$/).first();
  }

  /** The editor drawer. */
  get editor(): Locator {
    return this.page.getByRole('complementary', { name: 'Edit scenario' });
  }

  /** A toolbar button by name. */
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Opens the editor drawer. */
  async openEditor(): Promise<void> {
    await this.button('Edit').click();
    await expect(this.editor).toBeVisible();
  }

  /** The editor's fieldset of a pod. */
  pod(name: string): Locator {
    return this.editor.getByRole('group', { name: `Pod ${name}`, exact: true });
  }

  /** Types a new pod name and commits it with Enter. */
  async renamePod(from: string, to: string): Promise<void> {
    const field = this.pod(from).getByLabel('Name', { exact: true }).first();
    await field.fill(to);
    await field.press('Enter');
  }

  /** Opens a preset from the gallery by its title. */
  async openPreset(title: string): Promise<void> {
    await this.button('Presets').click();
    const dialog = this.page.getByRole('dialog', { name: 'Preset scenarios' });
    await dialog.getByRole('button', { name: new RegExp(`^${title}`) }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the Share menu and reads the share link once it is ready. */
  async shareLink(): Promise<string> {
    await this.button('Share').click();
    const field = this.page.getByLabel('Share link');
    await expect(field).toHaveValue(/#v1\./);
    const link = await field.inputValue();
    await this.page.keyboard.press('Escape');
    return link;
  }

  /** Opens the Share menu and reads the embed code. */
  async embedCode(): Promise<string> {
    await this.button('Share').click();
    const field = this.page.getByLabel('Embed code');
    await expect(field).toHaveValue(/<iframe/);
    const code = await field.inputValue();
    await this.page.keyboard.press('Escape');
    return code;
  }

  /** The page's alert messages. */
  get alert(): Locator {
    return this.page.getByRole('alert').first();
  }

  /** Waits until the address bar carries the current view (URL sync is debounced). */
  async waitForUrlSync(): Promise<void> {
    await this.page.waitForTimeout(700);
  }

  /** Waits until the autosave holds a text (autosave's writer loads on the first input and writes once a change settles). */
  async waitForAutosave(text: string): Promise<void> {
    await expect
      .poll(() => this.page.evaluate(() => localStorage.getItem('pod-network-lab.autosave') ?? ''))
      .toContain(text);
  }
}
