/**
 * @jest-environment jsdom
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');
const BOOT = fs.readFileSync(path.join(ROOT, 'src/taskpane/boot/boot.js'), 'utf8');
const PANE_HTML = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
const CHECKER_HTML = fs.readFileSync(path.join(ROOT, 'src/checker/checker.html'), 'utf8');

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91';

type W = Window & { __parCheckBundles?: string[]; parCheckBoot?: { ready(): void; fail(vi: string, en: string): void }; Office?: unknown };
const w = window as W;

/** Puts the page's body (without its scripts) into the jsdom document and runs the boot guard. */
function boot(html: string, ua: string, bundles = ['runtime.js', 'taskpane.js']) {
  const doc = new DOMParser().parseFromString(html.replace(/<%=[^%]*%>/g, ''), 'text/html');
  document.documentElement.setAttribute('data-par-boot', doc.documentElement.getAttribute('data-par-boot') ?? '');
  document.body.innerHTML = '';
  for (const el of Array.from(doc.body.children)) if (el.tagName !== 'SCRIPT') document.body.appendChild(document.importNode(el, true));
  Object.defineProperty(window.navigator, 'userAgent', { value: ua, configurable: true });
  w.__parCheckBundles = bundles;
  window.eval(BOOT);
}

const box = () => document.getElementById('par-boot') as HTMLElement;
const addedScripts = () => Array.from(document.body.querySelectorAll('script')).map((s) => s.getAttribute('src'));

beforeEach(() => {
  jest.useFakeTimers();
  delete w.Office;
  // jsdom has no fetch; every engine the pane supports (WebView2, Safari, Chrome) has.
  (w as { fetch?: unknown }).fetch = () => Promise.reject(new Error('no network in tests'));
});
afterEach(() => jest.useRealTimers());

describe('boot guard in the task pane', () => {
  it.each([['IE11 (Office 2016/2019)', IE11], ['EdgeHTML', EDGE_HTML]])('%s: says what to upgrade to and does not load React', (_n, ua) => {
    boot(PANE_HTML, ua);
    expect(addedScripts()).toEqual([]);
    expect(box().className).toContain('par-boot-legacy');
    const text = box().textContent ?? '';
    expect(text).toContain('Office 2021, Office 2024 hoặc Microsoft 365');
    expect(text).toContain('Office 2021, Office 2024 or Microsoft 365');
    expect(box().querySelector('a')?.getAttribute('href')).toMatch(/checker\.html$/);
    jest.advanceTimersByTime(20000); // no watchdog text replaces the upgrade advice
    expect(box().className).toContain('par-boot-legacy');
  });

  it('WebView2 (Office 2021/2024/365): loads the bundles in order', () => {
    boot(PANE_HTML, WEBVIEW2);
    expect(addedScripts()).toEqual(['runtime.js', 'taskpane.js']);
    const scripts = document.body.querySelectorAll('script');
    expect(Array.from(scripts).every((s) => s.async === false)).toBe(true);
    expect(box().textContent).toContain('Đang tải');
  });

  it('says so after 8 s when office.js never loaded', () => {
    boot(PANE_HTML, WEBVIEW2);
    jest.advanceTimersByTime(7999);
    expect(box().textContent).toContain('Đang tải');
    jest.advanceTimersByTime(1);
    expect(box().className).toContain('par-boot-error');
    expect(box().textContent).toContain('office.js');
    expect(box().textContent).toContain('8 giây');
  });

  it('says Excel is not answering when office.js is there but Office never got ready', () => {
    w.Office = { onReady: () => new Promise(() => undefined) };
    boot(PANE_HTML, WEBVIEW2);
    jest.advanceTimersByTime(8000);
    expect(box().textContent).toContain('Excel chưa phản hồi');
    expect(box().textContent).toContain('Excel has not answered');
  });

  it('stays quiet when the pane reports ready in time, and ready() also clears a late message', () => {
    boot(PANE_HTML, WEBVIEW2);
    w.parCheckBoot?.ready();
    jest.advanceTimersByTime(10000);
    expect(box().style.display).toBe('none');
    boot(PANE_HTML, WEBVIEW2);
    jest.advanceTimersByTime(9000);
    expect(box().style.display).toBe('block');
    w.parCheckBoot?.ready();
    expect(box().style.display).toBe('none');
  });

  it('reports a bundle that failed to load', () => {
    boot(PANE_HTML, WEBVIEW2);
    document.body.querySelector('script')?.dispatchEvent(new Event('error'));
    expect(box().textContent).toContain('Không tải được mã của trang');
  });
});

describe('boot guard on the checking page', () => {
  it('IE: asks for a modern browser, no React', () => {
    boot(CHECKER_HTML, IE11, ['checker.js']);
    expect(addedScripts()).toEqual([]);
    expect(box().textContent).toContain('Microsoft Edge mới, Google Chrome hoặc Firefox');
  });

  it('modern browser: hides the loading text once the bundles loaded, no Office watchdog', () => {
    boot(CHECKER_HTML, WEBVIEW2, ['checker.js']);
    document.body.querySelector('script')?.dispatchEvent(new Event('load'));
    expect(box().style.display).toBe('none');
    jest.advanceTimersByTime(20000);
    expect(box().style.display).toBe('none');
  });
});

describe('the pages', () => {
  it('boot.js is plain ES5 (it must parse in Internet Explorer 11)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const espree = require('espree') as { parse(src: string, o: object): unknown };
    expect(() => espree.parse(BOOT, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    expect(() => espree.parse('const a = () => 1;', { ecmaVersion: 5 })).toThrow();
  });

  it('the pane loads office.js from its own server and lets the boot guard load the bundles', () => {
    expect(PANE_HTML).toMatch(/<script src="office-js\/office\.js"><\/script>/);
    const withoutComments = PANE_HTML.replace(/<!--[\s\S]*?-->/g, '');
    expect(withoutComments).not.toMatch(/appsforoffice/); // the CDN is only documented, in a comment
    expect(PANE_HTML).toMatch(/<!--[\s\S]*appsforoffice\.microsoft\.com[\s\S]*-->/);
    expect(PANE_HTML).toContain('<%= bootScript %>');
    expect(PANE_HTML).toContain('htmlWebpackPlugin.files.js');
    expect(PANE_HTML).toContain('id="root"');
    expect(CHECKER_HTML).not.toContain('office.js"></script>');
  });
});
