import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { ManifestInfo } from 'office-addin-manifest/lib/manifestInfo';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStringPromise } = require('xml2js') as { parseStringPromise(xml: string): Promise<unknown> };

/**
 * office-addin-manifest's offline reader (readManifestFile). It runs in a child Node: the
 * library pulls in ESM-only packages (uuid, strip-bom) that Node 20 can require but jest cannot.
 */
function readManifestFile(file: string): ManifestInfo {
  const script =
    "require('office-addin-manifest/lib/manifestOperations').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((m) => process.stdout.write(JSON.stringify(m)), (e) => { console.error(e); process.exit(1); })';
  const r = spawnSync(process.execPath, ['-e', script, file], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`readManifestFile failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ManifestInfo;
}

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const DEV = 'https://localhost:3000/';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Local file behind a dev-server URL. */
const assetFile = (url: string) => path.join(ROOT, url.slice(DEV.length));

// xml2js trees are loose; a small accessor keeps the assertions readable.
type X = Record<string, unknown>;
const kids = (node: unknown, name: string): X[] => ((node as X)?.[name] as X[]) ?? [];
const attr = (node: unknown, name: string): string | undefined => ((node as X)?.$ as Record<string, string>)?.[name];

describe('manifest.xml', () => {
  it('reads with the offline reader: id, version, host, permissions, source', () => {
    const info = readManifestFile(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(info.version).toBe(`${pkg.version}.0`);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('en-US');
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV}taskpane.html`);
  });

  let xml: X;
  beforeAll(async () => {
    xml = ((await parseStringPromise(fs.readFileSync(MANIFEST, 'utf8'))) as X).OfficeApp as X;
  });

  it('requires ExcelApi 1.7 (Office 2021/2024/365), nothing newer', () => {
    const sets = kids(kids(kids(xml, 'Requirements')[0], 'Sets')[0], 'Set');
    expect(sets.map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')])).toEqual([['ExcelApi', '1.7']]);
  });

  it('has Vietnamese overrides for the name and description', () => {
    const name = kids(xml, 'DisplayName')[0];
    const desc = kids(xml, 'Description')[0];
    expect(kids(name, 'Override').map((o) => [attr(o, 'Locale'), attr(o, 'Value')])).toEqual([['vi-VN', 'Kiểm tra Chỉ số CCHC']]);
    expect(attr(kids(desc, 'Override')[0], 'Locale')).toBe('vi-VN');
    expect(attr(kids(desc, 'Override')[0], 'Value')).toMatch(/tài liệu kiểm chứng/);
    expect((attr(desc, 'DefaultValue') ?? '').length).toBeLessThanOrEqual(250);
  });

  it('puts a ShowTaskpane button on the Home tab, with Vietnamese labels', () => {
    const vo = kids(xml, 'VersionOverrides')[0];
    const host = kids(kids(vo, 'Hosts')[0], 'Host')[0];
    const ext = kids(kids(host, 'DesktopFormFactor')[0], 'ExtensionPoint')[0];
    expect(attr(ext, 'xsi:type')).toBe('PrimaryCommandSurface');
    const tab = kids(ext, 'OfficeTab')[0];
    expect(attr(tab, 'id')).toBe('TabHome');
    const control = kids(kids(tab, 'Group')[0], 'Control')[0];
    expect(attr(control, 'xsi:type')).toBe('Button');
    const action = kids(control, 'Action')[0];
    expect(attr(action, 'xsi:type')).toBe('ShowTaskpane');
    const urlId = attr(kids(action, 'SourceLocation')[0], 'resid');
    const resources = kids(vo, 'Resources')[0];
    const urls = kids(kids(resources, 'bt:Urls')[0], 'bt:Url');
    expect(attr(urls.find((u) => attr(u, 'id') === urlId), 'DefaultValue')).toBe(`${DEV}taskpane.html`);
    const labelId = attr(kids(control, 'Label')[0], 'resid');
    const label = kids(kids(resources, 'bt:ShortStrings')[0], 'bt:String').find((s) => attr(s, 'id') === labelId);
    expect(attr(kids(label, 'bt:Override')[0], 'Locale')).toBe('vi-VN');
    expect(attr(kids(label, 'bt:Override')[0], 'Value')).toBe('Kiểm tra biểu điểm');
  });

  it('points every icon at a real PNG of the size it claims', () => {
    const icon = attr(kids(xml, 'IconUrl')[0], 'DefaultValue') ?? '';
    const hi = attr(kids(xml, 'HighResolutionIconUrl')[0], 'DefaultValue') ?? '';
    expect(pngSize(assetFile(icon))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(hi))).toEqual({ width: 64, height: 64 });
    const vo = kids(xml, 'VersionOverrides')[0];
    const images = kids(kids(kids(vo, 'Resources')[0], 'bt:Images')[0], 'bt:Image');
    const byId = new Map(images.map((i) => [attr(i, 'id'), attr(i, 'DefaultValue') ?? '']));
    const text = fs.readFileSync(MANIFEST, 'utf8');
    const uses = [...text.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const [, size, resid] of uses) {
      const url = byId.get(resid);
      expect(url).toBeDefined();
      expect(pngSize(assetFile(url as string))).toEqual({ width: Number(size), height: Number(size) });
    }
    for (const s of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, 'assets', `icon-${s}.png`))).toEqual({ width: s, height: s });
  });

  it('uses only dev-server URLs, so the build can rewrite them all', () => {
    const urls = [...fs.readFileSync(MANIFEST, 'utf8').matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith(DEV))).toEqual([]);
  });
});
