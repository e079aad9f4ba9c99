// Jest stand-in for src/app/locale-files.ts (Jest has no import.meta.glob): the same files, read
// from disk, with the same keys.
const fs = require('node:fs');
const path = require('node:path');

const src = path.resolve(__dirname, '..');
const localeFiles = {};
for (const feature of fs.readdirSync(src, { withFileTypes: true })) {
  if (!feature.isDirectory()) continue;
  const dir = path.join(src, feature.name, 'locales');
  if (!fs.existsSync(dir)) continue;
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    localeFiles[`/src/${feature.name}/locales/${file}`] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  }
}

module.exports = { localeFiles };

/** Jest has every language at hand: no chunk to load. */
async function loadLocaleFiles(language) {
  return Object.fromEntries(Object.entries(localeFiles).filter(([file]) => file.endsWith(`/${language}.json`)));
}

module.exports.loadLocaleFiles = loadLocaleFiles;
