/**
 * The README documents every finding code; this keeps the table in step with the catalogue
 * the checks actually use (src/engine/findings/codes.ts).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { FINDING_CODES, catalogueMarkdown } from '../src/engine/findings/codes';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('carries the generated finding-code table exactly', () => {
    expect(readme).toContain(catalogueMarkdown());
  });

  it('names every finding code', () => {
    const missing = FINDING_CODES.filter((c) => !readme.includes('`' + c.code + '`')).map((c) => c.code);
    expect(missing).toEqual([]);
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run sample');
    expect(readme).toContain('npm ci && npm test');
  });
});
