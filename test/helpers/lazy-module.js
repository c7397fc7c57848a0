/**
 * A module object for jest's moduleNameMapper whose names are looked up one by one on first read
 * (react-components-lazy.js, react-icons-lazy.js). `find(name)` gives a name's value from the
 * small module that holds it, or undefined; then the whole module at `wholePath` is loaded and
 * asked, so nothing is ever missing, only slower. Each answer is remembered.
 */
'use strict';

function lazyModule(find, wholePath) {
  let whole = null;
  const found = Object.create(null);
  const lookup = (name) => {
    if (name in found) return found[name];
    let value = find(name);
    if (value === undefined) {
      whole ??= require(wholePath);
      value = whole[name];
    }
    found[name] = value;
    return value;
  };
  return new Proxy(Object.create(null), {
    get: (_, name) => (name === '__esModule' ? true : typeof name === 'string' ? lookup(name) : undefined),
    has: (_, name) => name === '__esModule' || (typeof name === 'string' && lookup(name) !== undefined),
  });
}

module.exports = { lazyModule };
