/**
 * Invariant 5: the API key never leaves the server. The pane bundle is built with a key and access
 * tokens in the environment (as on a careless build machine) and must contain neither, nor
 * anything shaped like an Anthropic key.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
// Built at run time so no key-shaped literal sits in the repository.
const KEY = ['sk', 'ant', 'api03', 'BUILDMACHINE', 'SECRET', '0123456789abcdef'].join('-');
const TOKEN = 'zan-token-BUILDMACHINE-0123456789abcdef';

test('the production pane bundle holds no key, no token, nothing key-shaped', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'zan-bundle-'));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ANTHROPIC_API_KEY: KEY, ZAN_TOKENS: TOKEN, ZAN_TOKEN: TOKEN },
  });
  const files = readdirSync(out, { recursive: true }) as string[];
  const texts = files.filter((f) => /\.(js|html|xml|json|map|txt|css)$/.test(f)).map((f) => [f, readFileSync(path.join(out, f), 'utf8')] as const);
  expect(texts.some(([f]) => /taskpane.*\.js$/.test(f))).toBe(true);
  for (const [file, text] of texts) {
    expect({ file, key: text.includes(KEY), token: text.includes(TOKEN), keyShaped: /sk-ant-[A-Za-z0-9_-]{10,}/.test(text) }).toEqual({ file, key: false, token: false, keyShaped: false });
  }
}, 240000);
