/**
 * Before each test, the engine forgets the texts it remembered (src/engine/text/memo.ts): every
 * test runs the text functions themselves, whatever ran before it in the same file.
 */
import { forgetRememberedTexts } from '../../src/engine/text/memo';

beforeEach(() => forgetRememberedTexts());
