/** Page object for the panels: send form, playback bar, inspector and event list, read like a user. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The app as the panels show it. */
export class PanelsPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
    page.on('pageerror', (err) => this.errors.push(err.message));
  }

  /** Opens the app fresh, in the given browser language. */
  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.sendButton).toBeVisible();
  }

  get sendForm(): Locator {
    return this.page.getByRole('form', { name: /Send a packet|패킷 보내기/ });
  }
  get sendButton(): Locator {
    return this.page.getByRole('button', { name: /^(Send|보내기)$/ });
  }
  get from(): Locator {
    return this.sendForm.getByLabel(/^(From|보내는 곳)$/);
  }
  get to(): Locator {
    return this.sendForm.getByLabel(/^(To|받는 곳)$/);
  }
  get protocol(): Locator {
    return this.sendForm.getByLabel(/^(Protocol|프로토콜)$/);
  }
  get port(): Locator {
    return this.sendForm.getByLabel(/^(Port|포트)$/);
  }
  get ip(): Locator {
    return this.sendForm.getByLabel(/^(IP address|IP 주소)$/);
  }
  get playback(): Locator {
    return this.page.getByRole('region', { name: /^(Playback|재생)$/ });
  }
  get scrubber(): Locator {
    return this.playback.getByRole('slider');
  }
  get events(): Locator {
    return this.page.getByRole('table');
  }
  get eventRows(): Locator {
    return this.events.locator('tbody tr');
  }
  get inspector(): Locator {
    return this.page.getByRole('region', { name: /^(Inspector|패킷 상세 정보)$/ });
  }
  get outcome(): Locator {
    return this.page.getByRole('region', { name: /^(Outcome|결과)$/ });
  }
  get hopText(): Locator {
    return this.playback.getByText(/^Hop \d+ of \d+$|^\d+개 홉 중 \d+번째$/);
  }

  /** Fills the form and sends, then pauses at the first hop so the test drives the cursor. */
  async send(
    opts: { from?: string; to?: string; protocol?: string; port?: string; ip?: string } = {},
  ) {
    if (opts.from) await this.from.selectOption({ label: opts.from });
    if (opts.to) await this.to.selectOption({ label: opts.to });
    if (opts.ip !== undefined) await this.ip.fill(opts.ip);
    if (opts.protocol) await this.protocol.selectOption({ label: opts.protocol });
    if (opts.port !== undefined) await this.port.fill(opts.port);
    await this.sendButton.click();
    await this.page.keyboard.press('Home');
    // The trace cards load on the first packet.
    await expect(this.eventRows.first()).toBeVisible();
  }

  /** The Device column of every hop, in order. */
  async devices(): Promise<string[]> {
    return this.eventRows.locator('td:nth-child(2)').allInnerTexts();
  }

  /** The Action column of every hop, in order. */
  async actions(): Promise<string[]> {
    return this.eventRows.locator('td:nth-child(3)').allInnerTexts();
  }

  /** Jumps to hop k (1-based) by the event list's row button. */
  async jumpTo(k: number): Promise<void> {
    await this.events
      .getByRole('button', { name: new RegExp(`^(Go to hop ${k}|${k}번째 홉으로 이동)$`) })
      .click();
  }

  /** The "X → Y" change of a field at the current hop, e.g. change("ip.ttl") → "64 → 63". */
  changeOf(field: string): Locator {
    return this.inspector.getByRole('listitem').filter({ hasText: field });
  }
}
