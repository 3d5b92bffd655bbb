// Part 3 and the size half of part 4: bytes of the built extension's scripts (gzip -9 for compressed figures).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

function sizeOf(file) {
  const bytes = fs.readFileSync(file);
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

export function contentScriptSizes(extDir) {
  return ['portal.js', 'national-bridge.js'].map((name) => ({ name, ...sizeOf(path.join(extDir, 'content-scripts', name)) }));
}

/** Absolute extension paths of the JS that popup.html loads at once: module scripts and modulepreloads. */
function initialScripts(html) {
  const found = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];
    const url = /^<script/i.test(tag) ? attr('src') : attr('rel') === 'modulepreload' ? attr('href') : undefined;
    if (url) found.add(url.replace(/^\.?\//, ''));
  }
  return [...found];
}

/**
 * Popup bundle: the initial JS of popup.html, and the chunks those files import lazily
 * (a chunk file name that appears in their text and is not loaded at once).
 */
export function popupSizes(extDir) {
  const initial = initialScripts(fs.readFileSync(path.join(extDir, 'popup.html'), 'utf8')).map((rel) => ({ name: rel, ...sizeOf(path.join(extDir, rel)) }));
  const text = initial.map((f) => fs.readFileSync(f.file, 'utf8')).join('\n');
  const lazy = fs.readdirSync(path.join(extDir, 'chunks'))
    .map((name) => `chunks/${name}`)
    .filter((rel) => rel.endsWith('.js') && !initial.some((f) => f.name === rel) && text.includes(path.basename(rel)))
    .map((rel) => ({ name: rel, ...sizeOf(path.join(extDir, rel)) }));
  const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);
  return { initial, lazy, initialRaw: sum(initial, 'raw'), initialGzip: sum(initial, 'gzip') };
}
