/**
 * Browser globals jsdom does not provide but every browser the checking page supports has
 * (TextDecoder/TextEncoder: the page decodes UTF-8 and UTF-16 workbook parts with them). Taken
 * from Node's util, only where missing, so node-environment tests are untouched.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = NodeTextEncoder;
