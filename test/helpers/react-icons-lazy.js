/**
 * `@fluentui/react-icons` for jest (jest.config.js maps the package's root to this file), loading
 * only the icons a test renders. The package's root module requires all of its 30 chunks (12 MB
 * of JavaScript, every icon of the set created at load): ≈ 0.8 s of CPU in every test file that
 * renders the pane or the checking page, since jest gives each file its own module registry (and
 * Fluent's own packages import that root too). Here each icon is taken from the package's own
 * one-icon module (lib-cjs/atoms/svg/<kebab-name>.cjs, the same createFluentIcon call as in the
 * chunks) the first time it is read; the helpers (createFluentIcon, bundleIcon, contexts…) come
 * from the same files the root re-exports. A name not found that way falls back to the whole
 * root module, so nothing is ever missing, only slower. The browser bundles and the CLI never
 * see this file.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const LIB = path.join(__dirname, '..', '..', 'node_modules', '@fluentui', 'react-icons', 'lib-cjs');
const ATOMS = path.join(LIB, 'atoms', 'svg');

// What the root module exports besides the icons (lib-cjs/index.cjs, the lines without "chunk-").
const helpers = {
  ...require(path.join(LIB, 'utils', 'useIconState.cjs')),
  ...require(path.join(LIB, 'utils', 'constants.cjs')),
  wrapIcon: require(path.join(LIB, 'utils', 'wrapIcon.cjs')).wrapIcon,
  bundleIcon: require(path.join(LIB, 'utils', 'bundleIcon.cjs')).bundleIcon,
  createFluentIcon: require(path.join(LIB, 'utils', 'createFluentIcon.cjs')).createFluentIcon,
  IconDirectionContextProvider: require(path.join(LIB, 'contexts', 'index.cjs')).IconDirectionContextProvider,
  useIconContext: require(path.join(LIB, 'contexts', 'index.cjs')).useIconContext,
};
delete helpers.__esModule;

/** PascalCase icon base name ("ArrowUpload", "Calendar3Day") → its atom file. Read on first use. */
let atomFiles = null;
function atomFor(base) {
  if (!atomFiles) {
    atomFiles = new Map();
    for (const f of fs.readdirSync(ATOMS)) {
      if (!f.endsWith('.cjs')) continue;
      const stem = f.slice(0, -'.cjs'.length);
      atomFiles.set(stem.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(''), path.join(ATOMS, f));
    }
  }
  return atomFiles.get(base);
}

const { lazyModule } = require('./lazy-module');

module.exports = lazyModule((name) => {
  if (Object.prototype.hasOwnProperty.call(helpers, name)) return helpers[name];
  // ArrowUploadRegular, ArrowUpload20Filled, Color16Regular…: the base name without size and style.
  const m = /^(.*?)(\d+)?(Regular|Filled|Color|Light)$/.exec(name);
  const file = m && (atomFor(m[1]) ?? atomFor(name.slice(0, -m[3].length)));
  return file ? require(file)[name] : undefined;
}, path.join(LIB, 'index.cjs'));
