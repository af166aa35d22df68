// What a fresh machine needs before the demo or the tests can run: the npm packages and
// Debian's chromium (npm tools cannot download a browser on these machines).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

function run(command) {
  console.log(`$ ${command}`);
  execSync(command, { stdio: 'inherit' });
}

export function ensurePackages() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
  if (stale) run('npm ci');
}

/**
 * Fonts for the scripts beyond Latin and Arabic that the widget speaks (Chinese, Khmer): without
 * them a screenshot shows boxes, and a layout test measures boxes instead of real text.
 */
const FONTS = [
  ['fonts-noto-cjk', '/usr/share/fonts/opentype/noto'],
  ['fonts-khmeros', '/usr/share/fonts/truetype/khmeros'],
];

export function ensureChromium() {
  const missingFonts = FONTS.filter(([, dir]) => !existsSync(dir)).map(([name]) => name);
  if (existsSync(chromiumPath) && !missingFonts.length) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version');
  if (!isDebian) {
    throw new Error(`No chromium at ${chromiumPath}. Install Chromium and set CHROMIUM_PATH to its executable.`);
  }
  const sudo = isRoot ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium ${missingFonts.join(' ')}`);
}

export function packageVersion() {
  return JSON.parse(readFileSync('package.json', 'utf8')).version;
}
