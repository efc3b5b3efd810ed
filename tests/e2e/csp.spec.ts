import { expect, test, type Page } from '@playwright/test';
import { ScenarioPage } from './pages/scenarios';

test.use({ locale: 'en-US' });

/** What a page reported: CSP violations (the DOM event) and console or page errors. */
interface Reports {
  readonly violations: () => Promise<string[]>;
  readonly errors: string[];
}

/** Records every securitypolicyviolation event from the first script on, and every console error. */
async function watch(page: Page): Promise<Reports> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspSeen: string[] }).cspSeen = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return {
    violations: () => page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen),
    errors,
  };
}

/** The policy the page was served with. */
async function policyOf(page: Page): Promise<string> {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  return (await meta.getAttribute('content')) ?? '';
}

test('the built page carries a policy that allows only its own scripts and styles', async ({
  page,
}) => {
  const reports = await watch(page);
  await new ScenarioPage(page).open();
  const policy = await policyOf(page);
  expect(policy).toContain("script-src 'self';");
  expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  // The policy is enforced, and the watcher sees what it blocks: an inline script, and eval called
  // by one of the site's own script files (code run from the test itself is exempt from the policy).
  await page.route('**/csp-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'try { window.evalRan = eval("true"); } catch { window.evalRan = false; }',
    }),
  );
  const outcome = await page.evaluate(async () => {
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true';
    document.head.append(inline);
    const own = document.createElement('script');
    own.src = './csp-probe.js';
    await new Promise((done) => {
      own.onload = done;
      document.head.append(own);
    });
    const w = window as unknown as { inlineRan?: boolean; evalRan?: boolean };
    return { inline: w.inlineRan ?? false, evalRan: w.evalRan };
  });
  expect(outcome).toEqual({ inline: false, evalRan: false });
  await expect
    .poll(reports.violations)
    .toEqual([
      expect.stringMatching(/^script-src-elem inline /),
      expect.stringMatching(/^script-src eval /),
    ]);
});

test('the app, a shared link and the embed view load every part without a policy violation', async ({
  page,
  browser,
}) => {
  const reports = await watch(page);
  const app = new ScenarioPage(page);
  await app.open();
  // Lazy parts: a packet's trace cards, the gallery, the editor, the share menu, the Korean catalog.
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(app.hopText).toBeVisible();
  await app.openPreset('Two nodes, VXLAN overlay');
  await app.button('Step forward').click();
  await app.openEditor();
  await app.button('Edit').click();
  const link = await app.shareLink();
  await app.embedCode();
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('heading', { name: '패킷 보내기' })).toBeVisible();
  await page.getByLabel('언어').selectOption('en');
  expect(await reports.violations()).toEqual([]);
  expect(reports.errors).toEqual([]);

  // A shared link opened by someone else, and the embed view of the same link.
  const other = await browser.newContext({ locale: 'en-US' });
  for (const url of [link, link.replace('#', '?embed#')]) {
    const visitor = await other.newPage();
    const seen = await watch(visitor);
    const view = new ScenarioPage(visitor);
    await view.open(url);
    await expect(view.hopText).toHaveText(/^Hop 2 of \d+$/);
    expect(await policyOf(visitor)).toContain("script-src 'self';");
    expect(await seen.violations(), url).toEqual([]);
    expect(seen.errors, url).toEqual([]);
  }
  await other.close();
});
