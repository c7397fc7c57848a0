import { detectSupports, paneLanguage, waitForOffice } from '../../src/excel/office-env';

type G = { Office?: unknown; parCheckBoot?: { ready: () => void } };
const g = globalThis as G;

function stubOffice(onReady: () => Promise<unknown>, maxMinor = 9, displayLanguage = 'vi-VN') {
  g.Office = {
    onReady,
    context: {
      displayLanguage,
      requirements: { isSetSupported: (name: string, v: string) => name === 'ExcelApi' && Number(v.split('.')[1]) <= maxMinor },
    },
  };
}

afterEach(() => {
  delete g.Office;
  delete g.parCheckBoot;
  jest.useRealTimers();
});

describe('waitForOffice', () => {
  it('answers with the host, language and supported API sets, and ends the boot watchdog', async () => {
    stubOffice(() => Promise.resolve({ host: 'Excel', platform: 'PC' }), 9);
    const ready = jest.fn();
    g.parCheckBoot = { ready };
    const env = await waitForOffice(1000);
    expect(env).toEqual({
      timedOut: false,
      host: 'Excel',
      displayLanguage: 'vi-VN',
      supports: { excel17: true, dataValidation: true, enableEvents: true, createWorkbook: true, pageLayout: true, comments: false, mergedAreas: false, notes: false },
    });
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('in a plain browser (host null) claims no Excel API at all', async () => {
    stubOffice(() => Promise.resolve({ host: null, platform: null }), 18, 'en-US');
    const env = await waitForOffice(1000);
    expect(env).toMatchObject({ timedOut: false, host: null, displayLanguage: 'en-US' });
    expect(env.timedOut === false && Object.values(env.supports).every((v) => v === false)).toBe(true);
  });

  it('times out when Office never answers', async () => {
    jest.useFakeTimers();
    stubOffice(() => new Promise(() => undefined));
    const p = waitForOffice(8000);
    jest.advanceTimersByTime(7999);
    let settled = false;
    void p.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(p).resolves.toEqual({ timedOut: true });
  });

  it('times out when office.js did not load at all', async () => {
    jest.useFakeTimers();
    const p = waitForOffice(500);
    jest.advanceTimersByTime(500);
    await expect(p).resolves.toEqual({ timedOut: true });
  });
});

describe('detectSupports / paneLanguage', () => {
  it('maps API sets to features and survives a throwing requirements object', () => {
    expect(detectSupports((_n, v) => v === '1.7' || v === '1.18')).toMatchObject({ excel17: true, notes: true, dataValidation: false });
    expect(detectSupports(() => { throw new Error('no Office'); }).excel17).toBe(false);
  });

  it('speaks Vietnamese unless Office is set to another language', () => {
    expect(paneLanguage('vi-VN')).toBe('vi');
    expect(paneLanguage('en-US')).toBe('en');
    expect(paneLanguage(undefined)).toBe('vi');
  });
});
