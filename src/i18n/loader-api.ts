/**
 * What the one-tag loader (src/autoload.ts) offers of the strings module, imported when a page calls it before any
 * element has loaded that module (./strings-hook.ts). A file of its own, so that the loader's dynamic import gets this
 * file's namespace: a dynamic import of the strings module itself, which every element imports statically, would make
 * the bundle build its namespace object with a runtime helper that every element's page then requests as a file.
 */
export { loadLocale, registerTranslation } from './localize.js';
