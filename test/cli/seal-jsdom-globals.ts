/**
 * jsdom lacks TextDecoder/TextEncoder, which the fast reader uses at load (browsers and Office
 * webviews have them): Node's own, installed before anything imports the reader.
 */
import { TextDecoder, TextEncoder } from 'util';

Object.assign(globalThis, { TextDecoder, TextEncoder });
