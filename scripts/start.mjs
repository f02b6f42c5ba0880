// `npm start`: runs the built app, building it first when nothing is built yet.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/src/main.js') || !existsSync('dist/client/index.html')) {
  console.log('No build found: building server and client first (npm run build)…');
  execSync('npm run build', { stdio: 'inherit' });
}
await import('../dist/src/main.js');
