/**
 * .xlsx packages written part by part with JSZip, for the shapes other programs write and ExcelJS
 * cannot (element prefixes, worksheet parts named "Sheet1.xml", rows without numbers, CDATA…).
 */
import JSZip from 'jszip';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const NS = `xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"`;

export interface RawSheet {
  name: string;
  /** Inside <worksheet>: sheetData, mergeCells, … (written as is). */
  body: string;
  /** Part name; "xl/worksheets/sheetN.xml" by default. */
  path?: string;
  state?: 'hidden' | 'veryHidden';
  /** <Relationship> elements of the sheet's rels part. */
  rels?: string;
  /** Extra parts (path → text), e.g. a table or comments part. */
  parts?: Record<string, string>;
}

export interface RawPackage {
  sheets: RawSheet[];
  /** Element prefix for the SpreadsheetML namespace ("x" as the OpenXML SDK writes); none by default. */
  prefix?: string;
  /** Prefix for the relationships namespace on r:id ("relationships"); "r" by default. */
  relPrefix?: string;
  /** <si> elements of the shared strings part (none when undefined). */
  strings?: string;
  /** Inside <styleSheet>. */
  styles?: string;
  date1904?: boolean;
  /** Workbook part name ("xl/workbook.xml" by default). */
  workbookPath?: string;
}

/** Prefix every element name of a snippet written without prefixes. */
function prefixed(xml: string, p: string | undefined): string {
  return p ? xml.replace(/<(\/?)([A-Za-z])/g, `<$1${p}:$2`) : xml;
}

export async function rawPackage(def: RawPackage): Promise<Uint8Array> {
  const p = def.prefix;
  const rp = def.relPrefix ?? 'r';
  const ns = p ? `xmlns:${p}="${MAIN_NS}" xmlns:${rp}="${REL_NS}"` : `xmlns="${MAIN_NS}" xmlns:${rp}="${REL_NS}"`;
  const wbPath = def.workbookPath ?? 'xl/workbook.xml';
  const wbDir = wbPath.slice(0, wbPath.lastIndexOf('/'));
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', `<Relationships xmlns="${PKG_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${wbPath}"/></Relationships>`);
  const list = def.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} ${rp}:id="rId${i + 1}"/>`).join('');
  const pr = def.date1904 ? '<workbookPr date1904="1"/>' : '';
  zip.file(wbPath, `<?xml version="1.0" encoding="UTF-8"?>\n${prefixed(`<workbook>${pr}<sheets>${list}</sheets></workbook>`, p).replace(/<((\w+:)?workbook)>/, `<$1 ${ns}>`)}`);
  const rels: string[] = def.sheets.map((s, i) => {
    const path = s.path ?? `xl/worksheets/sheet${i + 1}.xml`;
    return `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${path.startsWith(wbDir + '/') ? path.slice(wbDir.length + 1) : '/' + path}"/>`;
  });
  if (def.strings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
    zip.file(`${wbDir}/sharedStrings.xml`, prefixed(`<sst>${def.strings}</sst>`, p).replace(/<((\w+:)?sst)>/, `<$1 ${ns}>`));
  }
  if (def.styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/>`);
    zip.file(`${wbDir}/styles.xml`, prefixed(`<styleSheet>${def.styles}</styleSheet>`, p).replace(/<((\w+:)?styleSheet)>/, `<$1 ${ns}>`));
  }
  const wbRels = `${wbDir}/_rels/${wbPath.slice(wbDir.length + 1)}.rels`;
  zip.file(wbRels, `<Relationships xmlns="${PKG_NS}">${rels.join('')}</Relationships>`);
  def.sheets.forEach((s, i) => {
    const path = s.path ?? `xl/worksheets/sheet${i + 1}.xml`;
    const body = prefixed(s.body, p).replace(/\sr:id=/g, ` ${rp}:id=`);
    zip.file(path, `<?xml version="1.0" encoding="UTF-8"?>\n<${p ? p + ':' : ''}worksheet ${ns}>${body}</${p ? p + ':' : ''}worksheet>`);
    if (s.rels) {
      const dir = path.slice(0, path.lastIndexOf('/'));
      zip.file(`${dir}/_rels/${path.slice(dir.length + 1)}.rels`, `<Relationships xmlns="${PKG_NS}">${s.rels}</Relationships>`);
    }
    for (const [name, text] of Object.entries(s.parts ?? {})) zip.file(name, text);
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
