/**
 * `npm start`: the pane on https://localhost:3000 (webpack dev server with office-addin-dev-certs),
 * the backend proxy when it exists, and sideloading into desktop Word where Word is installed.
 * office-addin-debugging is called on demand (npx), never installed: it drags in keytar, which
 * breaks `npm ci` on machines without libsecret (see TOOLCHAIN.md).
 */
import { spawn, type ChildProcess } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..');
const children: ChildProcess[] = [];

function run(command: string, args: string[], name: string): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => console.log(`[start] ${name} exited (${code ?? 'signal'})`));
  children.push(child);
  return child;
}

function desktopWordInstalled(): boolean {
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Word.app');
  if (process.platform === 'win32') {
    const roots = [process.env['ProgramFiles'], process.env['ProgramFiles(x86)']].filter(Boolean) as string[];
    return roots.some((r) => ['Microsoft Office\\root\\Office16\\WINWORD.EXE', 'Microsoft Office\\Office16\\WINWORD.EXE'].some((p) => existsSync(path.join(r, p))));
  }
  return false;
}

run(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), 'serve', '--mode', 'development'], 'pane (webpack dev server)');

if (existsSync(path.join(ROOT, 'src', 'server', 'main.ts'))) {
  // The server refuses to start without access tokens; say how to get it rather than let it fail.
  if (process.env.ZAN_TOKENS) run(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/server/main.ts'], 'backend');
  else
    console.log(
      '[start] Backend not started: the pane runs its local checks without it. For model checks, run\n' +
        '        ZAN_TOKENS=$(openssl rand -hex 32) [ANTHROPIC_API_KEY=…] npm start\n' +
        '        and enter http://127.0.0.1:8787 and that token in the pane (Settings).',
    );
}

if (desktopWordInstalled() && !process.argv.includes('--no-sideload')) {
  run('npx', ['--yes', 'office-addin-debugging@7', 'start', 'manifest.xml', 'desktop', '--app', 'word', '--no-debug'], 'sideload');
} else {
  console.log(`
[start] No desktop Word found here. To try the add-in in Word on the web:
  1. Open https://localhost:3000/taskpane.html once in this browser and trust the certificate
     (office-addin-dev-certs installs it on the first start).
  2. Open a document at https://www.office.com › Word.
  3. Home › Add-ins › More add-ins › My add-ins › Upload My Add-in, and choose manifest.xml.
  4. The "Zan Assistant" button appears on the Home tab.
  The same page opened outside Word runs the demo on a sample draft.
`);
}

const stop = () => {
  for (const c of children) if (!c.killed) c.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
