/**
 * Which Chromium the browser tests drive, and what happens when it is missing: on CI the tests
 * FAIL (a green CI run must mean the pane and the page were really exercised); on a developer's
 * machine they are skipped with a warning saying how to install it.
 *
 * PAR_CHECK_CHROMIUM names another executable (default /usr/bin/chromium, Debian's package).
 * CI is detected the usual way: the CI variable set to anything but "", "0" or "false"
 * (GitHub and GitLab set "true", others "1").
 */
import * as fs from 'fs';

export const CHROMIUM = process.env.PAR_CHECK_CHROMIUM || '/usr/bin/chromium';

export function onCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = (env.CI ?? '').trim().toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export const hasChromium = isExecutable(CHROMIUM);
const ci = onCI();

const missing = () =>
  `${CHROMIUM} is missing: the browser tests cannot run. Install Debian's chromium package (apt-get install -y chromium) ` +
  'or name another executable with PAR_CHECK_CHROMIUM.';

/**
 * describe() for a browser test: runs when Chromium is there or on CI (where a missing Chromium
 * then fails every test of the block through requireChromium() in its beforeAll), skipped with a
 * warning otherwise.
 */
export function describeInChromium(label: string): jest.Describe {
  if (hasChromium || ci) return describe;
  console.warn(`[${label}] ${missing()} Browser test skipped (it fails instead when CI is set).`);
  return describe.skip;
}

/** First line of a browser test's beforeAll: throws (so the tests fail) when Chromium is missing. */
export function requireChromium(): string {
  if (!hasChromium) throw new Error(missing());
  return CHROMIUM;
}
