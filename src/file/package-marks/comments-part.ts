/**
 * Cell notes ("legacy comments") of a worksheet, patched in their two parts: the comments part
 * (the text, as rich-text runs) and the VML drawing (the box Excel shows). The user's notes keep
 * their runs byte for byte: our block (src/engine/flags/note-block.ts) is added as a run of its
 * own, and taking it out touches only the runs it covers.
 */
import { addBlock, removeBlock, type NoteRun } from '../../engine/flags/note-block';
import { FLAG_MARK } from '../../engine/flags/format';
import { parseA1 } from '../../engine/grid';
import { attr, childElements, decodeEntities, rootContent, rootPrefix, splice, xmlEscape, xmlText } from './xml-text';

/** A run of a note: its text and, for the user's runs, the XML it came from. */
interface Run extends NoteRun {
  raw?: string;
}

interface NoteEntry {
  ref: string;
  /** The <comment …> start tag as read (shapeId, xr:uid… kept), or null for a note of ours. */
  startTag: string | null;
  /** The <comment> element as read (kept when the note is not touched). */
  raw: string | null;
  authorId: string;
  runs: Run[];
  /** The note's text was a bare <t> rather than runs. */
  plain: boolean;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function runsOf(textEl: string): { runs: Run[]; plain: boolean } {
  const open = textEl.indexOf('>') + 1;
  const close = textEl.lastIndexOf('</');
  const kids = childElements(textEl, open, close);
  if (kids.some((k) => k.name === 'r')) {
    return {
      plain: false,
      runs: kids
        .filter((k) => k.name === 'r')
        .map((k) => {
          const raw = textEl.slice(k.start, k.end);
          return { raw, text: tText(raw) };
        }),
    };
  }
  const t = kids.find((k) => k.name === 't');
  return { plain: true, runs: t ? [{ text: tText(textEl.slice(t.start, t.end)), raw: textEl.slice(t.start, t.end) }] : [] };
}

function tText(xml: string): string {
  const m = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/.exec(xml);
  return m ? decodeEntities(m[1]).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : '';
}

/** A run of ours (or a user's run cut by removeBlock), in the note's usual look. */
function runXml(text: string, p: string, rPr?: string): string {
  const props = rPr ?? `<${p}rPr><${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr>`;
  return `<${p}r>${props}<${p}t xml:space="preserve">${xmlText(text)}</${p}t></${p}r>`;
}

export class CommentsPart {
  readonly notes: NoteEntry[] = [];
  private readonly head: string;
  private readonly foot: string;
  private readonly prefix: string;
  private authors: string[];
  private readonly originalAuthors: string[];
  private authorsAt: { start: number; end: number } | null;
  /** The <commentList> start tag as written (its attributes kept). */
  private listTag: string;

  constructor(xml: string | null) {
    const source = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
    this.prefix = rootPrefix(source, 'comments');
    const content = rootContent(source, 'comments');
    const kids = childElements(source, content.from, content.to);
    const authorsEl = kids.find((k) => k.name === 'authors');
    const listEl = kids.find((k) => k.name === 'commentList');
    this.authors = authorsEl ? childElements(source, source.indexOf('>', authorsEl.start) + 1, authorsEl.end).map((a) => decodeEntities(source.slice(source.indexOf('>', a.start) + 1, source.lastIndexOf('<', a.end - 1)))) : [];
    this.originalAuthors = [...this.authors];
    this.listTag = `<${this.prefix}commentList>`;
    if (listEl) {
      const listText = source.slice(listEl.start, listEl.end);
      const open = listText.indexOf('>') + 1;
      const selfClosing = listText[open - 2] === '/';
      if (!selfClosing) this.listTag = listText.slice(0, open);
      for (const c of selfClosing ? [] : childElements(listText, open, listText.lastIndexOf('</'))) {
        if (c.name !== 'comment') continue;
        const raw = listText.slice(c.start, c.end);
        const startTag = raw.slice(0, raw.indexOf('>') + 1);
        const textEl = childElements(raw, startTag.length, raw.lastIndexOf('</')).find((k) => k.name === 'text');
        const { runs, plain } = textEl ? runsOf(raw.slice(textEl.start, textEl.end)) : { runs: [], plain: true };
        this.notes.push({ ref: (attr(startTag, 'ref') ?? '').toUpperCase(), startTag, raw, authorId: attr(startTag, 'authorId') ?? '0', runs, plain });
      }
      this.head = source.slice(0, listEl.start);
      this.foot = source.slice(listEl.end);
    } else {
      this.head = source.slice(0, content.to);
      this.foot = source.slice(content.to);
    }
    this.authorsAt = authorsEl ? { start: authorsEl.start, end: authorsEl.end } : null;
  }

  private authorId(): string {
    let i = this.authors.indexOf(FLAG_MARK);
    if (i < 0) {
      this.authors.push(FLAG_MARK);
      i = this.authors.length - 1;
    }
    return String(i);
  }

  /** Add our block to the cell's note (creating the note); true when the note is new. */
  addFlag(cell: string, text: string): boolean {
    const ref = cell.toUpperCase();
    const note = this.notes.find((n) => n.ref === ref);
    if (note) {
      note.runs = addBlock(note.runs, text);
      note.raw = null;
      return false;
    }
    this.notes.push({ ref, startTag: null, raw: null, authorId: this.authorId(), runs: addBlock([], text), plain: false });
    return true;
  }

  /** Take our blocks out; returns the cells that had one and those whose note is now gone. */
  removeFlags(): { cleared: string[]; removed: string[] } {
    const cleared: string[] = [];
    const removed: string[] = [];
    for (let i = this.notes.length - 1; i >= 0; i--) {
      const note = this.notes[i];
      const kept = removeBlock(note.runs) as Run[] | null;
      if (kept === null) continue;
      cleared.push(note.ref);
      if (kept.length === 0) {
        this.notes.splice(i, 1);
        removed.push(note.ref);
      } else {
        note.runs = kept;
        note.raw = null;
      }
    }
    return { cleared, removed };
  }

  get isEmpty(): boolean {
    return this.notes.length === 0;
  }

  xml(): string {
    const p = this.prefix;
    const list = this.notes.map((n) => n.raw ?? this.noteXml(n)).join('');
    // Our author goes again when no note of ours is left (it is always the last one we added).
    const ours = this.authors.indexOf(FLAG_MARK);
    if (ours >= 0 && ours === this.authors.length - 1 && !this.notes.some((n) => n.authorId === String(ours))) this.authors.pop();
    let head = this.head;
    const same = this.authors.length === this.originalAuthors.length && this.authors.every((a, i) => a === this.originalAuthors[i]);
    if (!same || !this.authorsAt) {
      const authors = `<${p}authors>${this.authors.map((a) => `<${p}author>${xmlEscape(a)}</${p}author>`).join('')}</${p}authors>`;
      head = this.authorsAt ? splice(head, this.authorsAt.start, this.authorsAt.end, authors) : head.replace(/(<(?:[\w.-]+:)?comments\b[^>]*>)/, `$1${authors}`);
    }
    return `${head}${this.listTag}${list}</${p}commentList>${this.foot}`;
  }

  private noteXml(n: NoteEntry): string {
    const p = this.prefix;
    const untouched = (r: Run) => r.raw !== undefined && tText(r.raw) === r.text;
    const isRun = (raw: string) => /^<(?:[\w.-]+:)?r[\s>]/.test(raw);
    // A note that was a bare <t> and is again only that text keeps its exact element.
    const only = n.runs.length === 1 ? n.runs[0] : null;
    const body =
      only && n.plain && untouched(only)
        ? only.raw!
        : n.runs
            .map((r) => {
              if (untouched(r) && isRun(r.raw!)) return r.raw!;
              // The user's bare text or a cut run keeps its own font (none for bare text); ours gets the note look.
              const rPr = r.raw === undefined ? undefined : (/<(?:[\w.-]+:)?rPr[\s\S]*?<\/(?:[\w.-]+:)?rPr>/.exec(r.raw)?.[0] ?? '');
              return runXml(r.text, p, rPr);
            })
            .join('');
    return `${n.startTag ?? `<${p}comment ref="${n.ref}" authorId="${n.authorId}">`}<${p}text>${body}</${p}text></${p}comment>`;
  }
}

// ---- the VML drawing that shows the notes ----------------------------------------------------

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const VML_HEAD = (idmap: number) =>
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>` +
  SHAPETYPE;

export function emptyVml(idmap: number): string {
  return `${VML_HEAD(idmap)}</xml>`;
}

/** The idmap block number of a VML drawing (shape ids are 1024 × block + n). */
export function vmlIdmap(vml: string): number {
  const m = /<o:idmap\b[^>]*\bdata="(\d+)/.exec(vml);
  return m ? Number(m[1]) : 0;
}

function noteShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:240pt;height:110pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 5}, 15, ${row + 7}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPE = /<v:shape\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/v:shape>/g;

function shapeCell(shape: string): string | null {
  if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return null;
  const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
  const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
  if (!row || !col) return null;
  return `${row[1]},${col[1]}`;
}

const key = (cell: string): string | null => {
  const at = parseA1(cell);
  return at ? `${at.row},${at.col}` : null;
};

/** Add a note box for each cell that has none yet. */
export function addNoteShapes(vml: string, cells: string[]): string {
  const have = new Set([...vml.matchAll(SHAPE)].map((m) => shapeCell(m[0])).filter((k): k is string => k !== null));
  const ids = [...vml.matchAll(/<v:shape\b[^>]*\bid="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(vmlIdmap(vml) * 1024, ...ids) + 1;
  let shapes = '';
  for (const cell of cells) {
    const at = parseA1(cell);
    const k = key(cell);
    if (!at || !k || have.has(k)) continue;
    have.add(k);
    shapes += noteShape(next++, at.row, at.col);
  }
  if (!shapes) return vml;
  const withType = /id="_x0000_t202"/.test(vml) ? vml : vml.replace(/(<\/o:shapelayout>)/, `$1${SHAPETYPE}`);
  const close = withType.lastIndexOf('</xml>');
  return close < 0 ? withType + shapes : splice(withType, close, close, shapes);
}

/** Remove the note boxes of these cells; also says whether any shape is left. */
export function removeNoteShapes(vml: string, cells: string[]): { vml: string; shapesLeft: boolean } {
  const gone = new Set(cells.map(key).filter((k): k is string => k !== null));
  const out = vml.replace(SHAPE, (shape) => {
    const k = shapeCell(shape);
    return k !== null && gone.has(k) ? '' : shape;
  });
  return { vml: out, shapesLeft: /<v:shape\b/.test(out) };
}
