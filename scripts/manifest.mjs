// Writes dist/manifest.json: the version and the Subresource Integrity hash of every file in
// dist/, so a partner can pin exactly what runs on their page. File names stay stable between
// versions; the version belongs in the URL path (a CDN's @x.y.z, or the partner's own folder).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const files = {};
for (const file of readdirSync('dist').filter((entry) => entry.endsWith('.js')).sort()) {
  const content = readFileSync(`dist/${file}`);
  files[file] = {
    integrity: `sha384-${createHash('sha384').update(content).digest('base64')}`,
    bytes: content.length,
    gzipBytes: gzipSync(content, { level: 9 }).length,
  };
}
// The catalogs the entries fetch: their hashes are inside the entries already (the partner pins
// only the entry); listed here so a host or a reviewer can check what is served.
const catalogs = {};
for (const file of readdirSync('dist/catalogs').sort()) {
  const content = readFileSync(`dist/catalogs/${file}`);
  catalogs[`catalogs/${file}`] = { integrity: `sha384-${createHash('sha384').update(content).digest('base64')}`, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}
writeFileSync('dist/manifest.json', `${JSON.stringify({ name, version, files, catalogs }, null, 2)}\n`);
console.log(`dist/manifest.json: ${Object.keys(files).length} files and ${Object.keys(catalogs).length} catalogs, version ${version}`);
