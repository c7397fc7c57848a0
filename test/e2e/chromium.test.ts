/** The browser tests fail, never skip, on CI when Chromium is missing (./chromium.ts). */
import { onCI } from './chromium';

type Chromium = typeof import('./chromium');

/** chromium.ts as loaded under these variables (it reads them when loaded). */
function loadWith(env: Record<string, string | undefined>): Chromium {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    let mod: Chromium | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require('./chromium') as Chromium;
    });
    return mod!;
  } finally {
    process.env = saved;
  }
}

describe('onCI', () => {
  it.each([
    ['true', true], ['1', true], ['yes', true], ['TRUE', true],
    ['', false], ['0', false], ['false', false], [' False ', false], [undefined, false],
  ])('CI=%p → %p', (value, expected) => {
    expect(onCI(value === undefined ? {} : { CI: value })).toBe(expected);
  });
});

describe('a missing Chromium', () => {
  const bogus = '/nonexistent/par-check/chromium';
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('on CI: the block runs and its beforeAll throws, naming the executable and how to install it', () => {
    const m = loadWith({ PAR_CHECK_CHROMIUM: bogus, CI: 'true' });
    expect([m.CHROMIUM, m.hasChromium]).toEqual([bogus, false]);
    expect(m.describeInChromium('x')).toBe(describe);
    expect(() => m.requireChromium()).toThrow(`${bogus} is missing`);
    expect(() => m.requireChromium()).toThrow('apt-get install -y chromium');
    expect(warn).not.toHaveBeenCalled();
  });

  it('elsewhere: the block is skipped with a warning', () => {
    const m = loadWith({ PAR_CHECK_CHROMIUM: bogus, CI: undefined });
    expect(m.describeInChromium('x')).toBe(describe.skip);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain(`[x] ${bogus} is missing`);
  });

  it('a file that is not executable counts as missing', () => {
    const m = loadWith({ PAR_CHECK_CHROMIUM: __filename, CI: 'true' });
    expect(m.hasChromium).toBe(false);
  });
});
