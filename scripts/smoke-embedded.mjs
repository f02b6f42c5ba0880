// Smoke test of the embedded default: start the built app with no DATABASE_URL, sign up,
// restart it on the same DATA_DIR, and log in again. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'cg-smoke-'));
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;

async function startApp() {
  const child = spawn(process.execPath, ['dist/src/main.js'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  // A first start imports the places into the new database, which takes a while on a busy machine.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    const healthy = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGKILL');
  throw new Error('app did not become healthy within 180 s');
}

async function stopApp(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function post(path, body, expected) {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== expected) throw new Error(`${path}: expected ${expected}, got ${response.status} ${await response.text()}`);
  return response.json();
}

const credentials = { email: 'smoke@example.org', password: 'violet-tram-Rotterdam-42' };
try {
  let app = await startApp();
  const signedUp = await post('/api/auth/signup', { ...credentials, displayName: 'Smoke', role: 'host', acceptTerms: true }, 201);
  const page = await fetch(`${base}/`).then((r) => r.text());
  if (!page.includes('<div id="root">')) throw new Error('the web client is not served at /');
  await stopApp(app);

  app = await startApp();
  const loggedIn = await post('/api/auth/login', credentials, 200);
  if (loggedIn.user.id !== signedUp.user.id) throw new Error('a different account after restart');
  const me = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${signedUp.accessToken}` } });
  if (me.status !== 200) throw new Error(`the pre-restart token no longer works: ${me.status}`);
  await stopApp(app);
  console.log('smoke: embedded default OK (sign-up survived a restart; old token still valid)');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
