/**
 * Screenshots of the browser tests, to be looked at (test-output/screenshots/), taken only when
 * asked: PAR_CHECK_SCREENSHOTS=1 npm run test:e2e. They assert nothing, and drawing and encoding
 * some 80 of them (full-page ones of a tall page among them) was a good part of the browser
 * tests' time. Everything the tests check (boxes, focus, axe, widths, texts) runs either way.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';

export const SHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');

export function screenshotsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PAR_CHECK_SCREENSHOTS === '1';
}

/** Screenshot `target` into SHOTS/`file` when screenshots are wanted. */
export async function screenshot(target: Page | Locator, file: string, opts: Parameters<Page['screenshot']>[0] = {}): Promise<void> {
  if (!screenshotsWanted()) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ ...opts, path: path.join(SHOTS, file) } as never);
}
