/** Helpers for the diagram's ARP overlay in browser tests. */
import { expect, type Page } from '@playwright/test';

/** Steps until the hop shown is an ARP exchange (its overlay loads lazily, so each hop waits a moment). */
export async function stepToArp(page: Page): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const shown = await expect(page.getByTestId('arp'))
      .toHaveCount(1, { timeout: 1500 })
      .then(() => true)
      .catch(() => false);
    if (shown) return;
    await page.getByRole('button', { name: 'Step forward' }).click();
  }
}
