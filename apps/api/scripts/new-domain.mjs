#!/usr/bin/env node
// npm run new-domain -- <kebab-name>: copies apps/api/templates/domain/ to apps/api/src/<name>/ and,
// when it exists, apps/web/templates/feature/ to apps/web/src/<name>/, filling in the name, and adds
// the one line on each side that registers it (apps/api/src/domains.ts, apps/web/src/app/feature-routes.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const name = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  process.stderr.write('Usage: npm run new-domain -- <kebab-name>, e.g. practices or working-visits\n');
  process.exit(1);
}
const words = name.split('-');
const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const tokens = { __kebab__: name, __Pascal__: pascal, __camel__: pascal[0].toLowerCase() + pascal.slice(1), __UPPER__: words.join('_').toUpperCase() };
const fill = (text) => Object.entries(tokens).reduce((out, [token, value]) => out.replaceAll(token, value), text);

function copy(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = path.join(from, entry);
    const target = path.join(to, fill(entry));
    if (statSync(source).isDirectory()) copy(source, target);
    else writeFileSync(target, fill(readFileSync(source, 'utf8')));
  }
}

const parts = [
  { template: 'apps/api/templates/domain', target: `apps/api/src/${name}` },
  { template: 'apps/web/templates/feature', target: `apps/web/src/${name}` },
].filter((p) => existsSync(path.join(root, p.template)));
for (const { target } of parts) {
  if (existsSync(path.join(root, target))) {
    process.stderr.write(`${target} exists already; nothing was written.\n`);
    process.exit(1);
  }
}
for (const { template, target } of parts) {
  copy(path.join(root, template), path.join(root, target));
  process.stdout.write(`created ${target}/\n`);
}
// The one line per side that registers the new domain.
const registrations = [
  { file: 'apps/api/src/domains.ts', line: `export { ${pascal}Module } from './${name}/${name}.module.js';` },
  { file: 'apps/web/src/app/feature-routes.ts', line: `export { ${tokens.__camel__}Routes } from '../${name}/routes';` },
].slice(0, parts.length);
for (const { file, line } of registrations) {
  writeFileSync(path.join(root, file), `${readFileSync(path.join(root, file), 'utf8').trimEnd()}\n${line}\n`);
  process.stdout.write(`registered in ${file}: ${line}\n`);
}
process.stdout.write('To remove the domain: delete its folders and those lines.\n');
