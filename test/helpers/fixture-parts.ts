/**
 * Every XML part of every .xlsx among the test fixtures (test/fixtures/<folder>/*.xlsx), as the
 * fast reader's zip gives it: for tests that compare two ways of reading the same part. A package
 * the fast reader does not open (encrypted, zip64…) and a part it cannot inflate are passed over.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { openZip } from '../../src/file/fast-read/zip';

export interface FixturePart {
  /** "<folder>/<file>.xlsx" under test/fixtures. */
  file: string;
  part: string;
  xml: string;
}

export function* fixtureParts(): Generator<FixturePart> {
  const root = join(__dirname, '..', 'fixtures');
  for (const dir of readdirSync(root)) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).filter((n) => n.endsWith('.xlsx'));
    } catch {
      continue; // a file, not a folder
    }
    for (const name of names) {
      let zip;
      try {
        zip = openZip(readFileSync(join(root, dir, name)));
      } catch {
        continue; // encrypted, zip64…: not a package the fast reader opens
      }
      for (const part of zip.names()) {
        let xml: string | null;
        try {
          xml = zip.text(part);
        } catch {
          continue;
        }
        if (xml !== null) yield { file: `${dir}/${name}`, part, xml };
      }
    }
  }
}
