// `npm start`: installs what is missing, builds, and serves the demo at http://localhost:8000/demo/.
import { execSync } from 'node:child_process';
import { ensureChromium, ensurePackages } from './lib/setup.mjs';

ensurePackages();
try {
  ensureChromium();
} catch (error) {
  // The demo itself runs in any browser; chromium is only for the tests and screenshots.
  console.warn(String(error));
}
execSync('npm run build', { stdio: 'inherit' });
const { startStaticServer } = await import('./lib/static-server.mjs');
const port = Number(process.env.PORT ?? 8000);
const server = await startStaticServer('.', { port, host: 'localhost' });
console.log(`\nDemo: ${server.url}/demo/  (Ctrl+C to stop)`);
