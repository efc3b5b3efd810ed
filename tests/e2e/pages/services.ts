/** Page object for Services, DNS and NetworkPolicy in the browser: preset gallery, event rows by action, NAT labels, marks and the extras drawn beside the cluster. */
import { expect, type Locator, type Page } from '@playwright/test';
import { PanelsPage } from './panels';
import { ScenarioPage } from './scenarios';

/** The app as a learner following a Service connection sees it. */
export class ServicesPage extends PanelsPage {
  readonly scenarios: ScenarioPage;

  constructor(page: Page) {
    super(page);
    this.scenarios = new ScenarioPage(page);
  }

  /** Opens the app and a preset from the gallery by its title. */
  async openPreset(title: string): Promise<void> {
    await this.scenarios.open();
    await this.scenarios.openPreset(title);
    await expect(this.sendButton).toBeVisible();
  }

  /** The event rows whose Action column reads `action` exactly. */
  rowsOf(action: string): Locator {
    return this.eventRows.filter({
      has: this.page.locator('td:nth-child(3)', { hasText: new RegExp(`^${action}$`) }),
    });
  }

  /** The 1-based hop number of a row (its Step column). */
  async stepOf(row: Locator): Promise<number> {
    return Number(await row.locator('td:first-child').innerText());
  }

  /** Jumps to the n-th hop (0-based) whose action is `action`, and returns its step number. */
  async jumpToAction(action: string, n = 0): Promise<number> {
    const k = await this.stepOf(this.rowsOf(action).nth(n));
    await this.jumpTo(k);
    await expect(this.hopText).toHaveText(new RegExp(`^Hop ${k} of`));
    return k;
  }

  /** The Summary column of a row. */
  summaryOf(row: Locator): Locator {
    return row.locator('td:nth-child(4)');
  }

  /** The inspector's "Changed at this hop" entry of a field, e.g. "ip.dst". */
  change(field: string): Locator {
    return this.inspector
      .getByRole('region', { name: 'Changed at this hop' })
      .getByRole('listitem')
      .filter({ hasText: field });
  }

  /** A field of the IPv4 header at this hop, by its label ("Source", "Destination"). */
  ipField(label: string): Locator {
    return this.inspector
      .getByRole('region', { name: 'IPv4' })
      .locator('dt', { hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** The inspector's netfilter card ("iptables: nat table, PREROUTING"). */
  get netfilterCard(): Locator {
    return this.inspector.getByRole('region', { name: /^iptables: / });
  }

  /** The inspector's NetworkPolicy card. */
  get policyCard(): Locator {
    return this.inspector.getByRole('region', { name: /^NetworkPolicy: / });
  }

  /** The NAT label drawn beside the resting packet. */
  get natLabel(): Locator {
    return this.page.getByTestId('nat-labels').locator('[data-nat]');
  }

  /** The diagram's Services, ingress and outside hosts. */
  get extras(): Locator {
    return this.page.getByTestId('extras');
  }

  /** The outside hosts (external client, gateway, internet). */
  get outside(): Locator {
    return this.page.getByTestId('outside');
  }

  /** A failure mark (✕) of the diagram by kind, e.g. "dropped". */
  mark(kind: string): Locator {
    return this.page.locator(`[data-mark="${kind}"]`);
  }

  /** A device of the diagram by the sim's DeviceId. */
  device(id: string): Locator {
    return this.page.locator(`[data-device-id="${id}"]`).first();
  }
}
