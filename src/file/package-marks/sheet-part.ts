/**
 * Our elements in a worksheet part, written and taken out as text: the flag's conditional-format
 * rules (src/engine/flags/format.ts) and the <legacyDrawing> that shows cell notes. Every other
 * byte of the part stays as it was, so taking the marks out gives the part back.
 */
import { FLAG_RULE_FORMULA, isFlagRuleFormula } from '../../engine/flags/format';
import type { Severity } from '../../engine/findings/finding';
import { attr, childElements, decodeEntities, insertPosition, rootContent, rootPrefix, splice, xmlEscape } from './xml-text';

/** The children of <worksheet>, in the order the schema (CT_Worksheet) requires. */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
] as const;

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Where the part's children after <sheetData> start (the big cell table is never scanned). */
function afterSheetData(xml: string, content: { from: number; to: number }): number {
  const re = /<([A-Za-z_][\w.-]*:)?sheetData[\s>/]/g;
  re.lastIndex = content.from;
  const open = re.exec(xml);
  if (!open || open.index >= content.to) return content.from;
  const at = open.index;
  const gt = xml.indexOf('>', at);
  if (xml[gt - 1] === '/') return gt + 1;
  const close = xml.indexOf(`</${open[1] ?? ''}sheetData>`, at);
  return close < 0 ? content.from : close + `</${open[1] ?? ''}sheetData>`.length;
}

function tail(xml: string): { content: { from: number; to: number }; from: number; prefix: string } {
  const content = rootContent(xml, 'worksheet');
  return { content, from: afterSheetData(xml, content), prefix: rootPrefix(xml, 'worksheet') };
}

/** Insert a child element at its schema position. */
export function insertChild(xml: string, name: (typeof WORKSHEET_ORDER)[number], element: string): string {
  const t = tail(xml);
  const at = insertPosition(xml, t.content, WORKSHEET_ORDER, name, t.from);
  return splice(xml, at, at, element);
}

export interface FlagRule {
  severity: Severity;
  cells: string[];
  dxfId: number;
}

/** The highest priority number used by the part's conditional-format rules (0 when none). */
export function maxPriority(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*["'](\d+)["']/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** Add our rules, one <conditionalFormatting> per severity; errors get the lowest number (they win). */
export function addFlagRules(xml: string, rules: FlagRule[]): string {
  if (rules.length === 0) return xml;
  const { prefix } = tail(xml);
  let priority = maxPriority(xml);
  const elements = rules.map((r) => {
    const formula = `<${prefix}formula>${xmlEscape(FLAG_RULE_FORMULA)}</${prefix}formula>`;
    return `<${prefix}conditionalFormatting sqref="${r.cells.join(' ')}"><${prefix}cfRule type="expression" dxfId="${r.dxfId}" priority="${++priority}">${formula}</${prefix}cfRule></${prefix}conditionalFormatting>`;
  });
  return insertChild(xml, 'conditionalFormatting', elements.join(''));
}

/** Take our rules out; returns the part and the cells they covered. */
export function removeFlagRules(xml: string): { xml: string; cells: string[] } {
  const t = tail(xml);
  const cells: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const cf of childElements(xml, t.from, t.content.to)) {
    if (cf.name !== 'conditionalFormatting') continue;
    const element = xml.slice(cf.start, cf.end);
    const startTag = element.slice(0, element.indexOf('>') + 1);
    const rules = childElements(element, startTag.length, element.length);
    const ours = rules.filter((r) => r.name === 'cfRule' && isOurRule(element.slice(r.start, r.end)));
    if (ours.length === 0) continue;
    cells.push(...(attr(startTag, 'sqref') ?? '').split(/\s+/).filter(Boolean));
    if (ours.length === rules.filter((r) => r.name === 'cfRule').length) {
      edits.push({ start: cf.start, end: cf.end, text: '' });
    } else {
      let kept = element;
      for (const r of [...ours].reverse()) kept = splice(kept, r.start, r.end, '');
      edits.push({ start: cf.start, end: cf.end, text: kept });
    }
  }
  let out = xml;
  for (const e of edits.reverse()) out = splice(out, e.start, e.end, e.text);
  return { xml: out, cells };
}

function isOurRule(rule: string): boolean {
  if (!/type\s*=\s*["']expression["']/.test(rule.slice(0, rule.indexOf('>')))) return false;
  const formulas = [...rule.matchAll(/<(?:[\w.-]+:)?formula>([\s\S]*?)<\/(?:[\w.-]+:)?formula>/g)].map((m) => decodeEntities(m[1]));
  return formulas.some((f) => isFlagRuleFormula(f));
}

/** The relationship id of the part's <legacyDrawing>, if any. */
export function legacyDrawingId(xml: string): string | undefined {
  const t = tail(xml);
  for (const child of childElements(xml, t.from, t.content.to)) {
    if (child.name !== 'legacyDrawing') continue;
    const tag = xml.slice(child.start, child.end);
    const m = /\s([\w.-]+):id\s*=\s*["']([^"']*)["']/.exec(tag);
    if (m) return m[2];
  }
  return undefined;
}

/** Add <legacyDrawing r:id=…/> (declaring the relationships namespace if the root lacks it). */
export function addLegacyDrawing(xml: string, relId: string): string {
  const { prefix } = tail(xml);
  const root = new RegExp(`<${prefix}worksheet\\b(?:[^>"']|"[^"]*"|'[^']*')*>`).exec(xml)!;
  const declared = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${R_NS.replace(/[./]/g, '\\$&')}["']`).exec(root[0]);
  let out = xml;
  let r = declared?.[1];
  if (!r) {
    r = 'r';
    const tag = root[0].replace(/\s*>$/, ` xmlns:r="${R_NS}">`);
    out = splice(out, root.index, root.index + root[0].length, tag);
  }
  return insertChild(out, 'legacyDrawing', `<${prefix}legacyDrawing ${r}:id="${relId}"/>`);
}

export function removeLegacyDrawing(xml: string): string {
  const t = tail(xml);
  const el = childElements(xml, t.from, t.content.to).find((c) => c.name === 'legacyDrawing');
  return el ? splice(xml, el.start, el.end, '') : xml;
}
