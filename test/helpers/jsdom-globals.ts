/**
 * Browser globals jsdom does not provide but every browser the checking page supports has
 * (TextDecoder/TextEncoder: the page decodes UTF-8 and UTF-16 workbook parts with them). Taken
 * from Node's util, only where missing, so node-environment tests are untouched.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = NodeTextEncoder;

/**
 * Only the CSS rules jsdom's answers depend on. jsdom lays nothing out: what CSS changes in a test
 * is what getComputedStyle reports, and the libraries read only display, visibility, opacity and
 * pointer-events from it (Testing Library's role queries and toBeVisible, user-event's
 * pointer-events check; the tests read no style themselves). Griffel (Fluent's CSS-in-JS) inserts
 * thousands of rules, and every getComputedStyle call matched each of them against the element
 * and its ancestors: a third of the pane's component tests' CPU. A rule that declares none of
 * these properties (nor `all`, which resets them) cannot change them, so it is left out; the
 * others are inserted as they come, so every computed value the tests can see is unchanged.
 * PAR_CHECK_ALL_CSS=1 keeps every rule (to compare).
 */
const STYLE_THAT_MATTERS = /(?:^|[{;\s])(?:display|visibility|opacity|pointer-events|content-visibility|all)\s*:/;
const sheetProto = (g.CSSStyleSheet as { prototype: CSSStyleSheet } | undefined)?.prototype;
if (sheetProto && process.env.PAR_CHECK_ALL_CSS !== '1') {
  const insertRule = sheetProto.insertRule;
  sheetProto.insertRule = function (this: CSSStyleSheet, rule: string, index?: number): number {
    if (STYLE_THAT_MATTERS.test(rule)) return insertRule.call(this, rule, index);
    return index ?? 0;
  };
}
