import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { normalizePublicUrl, rewriteManifest } = require('../../scripts/manifest-url.js') as {
  normalizePublicUrl(url: string): string;
  rewriteManifest(xml: string, url: string): string;
};

const xml = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

describe('manifest URL rewrite for a deployment (ADDIN_PUBLIC_URL)', () => {
  it('replaces every dev-server URL and keeps the path', () => {
    const out = rewriteManifest(xml, 'https://cchc.example.gov.vn/par-check');
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://cchc.example.gov.vn/par-check/taskpane.html"/>');
    expect(out).toContain('DefaultValue="https://cchc.example.gov.vn/par-check/assets/icon-80.png"');
    expect(out.split('https://cchc.example.gov.vn/par-check/').length).toBe(xml.split('https://localhost:3000/').length);
  });

  it('refuses http and nonsense with a bilingual message', () => {
    expect(() => normalizePublicUrl('http://intranet/par-check/')).toThrow(/https:\/\/[\s\S]*must start with https/);
    expect(() => normalizePublicUrl('không phải url')).toThrow(/không phải địa chỉ web hợp lệ[\s\S]*not a valid URL/);
  });

  it('normalises the trailing slash, drops query strings and escapes & for XML', () => {
    expect(normalizePublicUrl('https://a.vn')).toBe('https://a.vn/');
    expect(normalizePublicUrl(' https://a.vn/x/?v=1#top ')).toBe('https://a.vn/x/');
    expect(rewriteManifest('<a b="https://localhost:3000/t.html"/>', 'https://a.vn/r&d/')).toBe('<a b="https://a.vn/r&amp;d/t.html"/>');
  });
});
