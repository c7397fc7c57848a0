/**
 * `@fluentui/react-components` for jest (jest.config.js maps the package's root to this file),
 * loading only the Fluent packages a test uses. The root module requires all 58 of them (the
 * colour picker, the carousel, the data grid… that no component of ours renders) in every test
 * file that renders the pane or the checking page, since jest gives each file its own module
 * registry. Each name here is read, on first use, from the package the root itself takes it from:
 * the root's own getters (`get Button () { return _reactbutton.Button; }`) and requires
 * (`const _reactbutton = require("@fluentui/react-button")`) are read from its text, so the value
 * is the very same object. A name not found that way falls back to the whole root module: nothing
 * is ever missing, only slower. The browser bundles and the CLI never see this file.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const INDEX = path.join(__dirname, '..', '..', 'node_modules', '@fluentui', 'react-components', 'lib-commonjs', 'index.cjs');

const text = fs.readFileSync(INDEX, 'utf8');
/** `_reactbutton` → "@fluentui/react-button" */
const packages = new Map([...text.matchAll(/^const (_\w+) = require\("([^"]+)"\);$/gm)].map((m) => [m[1], m[2]]));
/** `Button` → ["@fluentui/react-button", "Button"] */
const names = new Map();
for (const m of text.matchAll(/get (\w+) \(\) \{\s*return (_\w+)\.(\w+);\s*\}/g)) {
  if (packages.has(m[2])) names.set(m[1], [packages.get(m[2]), m[3]]);
}

const { lazyModule } = require('./lazy-module');

// Resolved from the root module's own folder, as its require would be.
module.exports = lazyModule((name) => {
  const from = names.get(name);
  return from ? require(require.resolve(from[0], { paths: [path.dirname(INDEX)] }))[from[1]] : undefined;
}, INDEX);
