/**
 * ZAN_MODEL's default must be a model the installed SDK knows by name (its `Model` union lists
 * them; the `string & {}` escape hatch would accept any typo at compile time, so read the list).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MODEL } from '../../src/engine/claude/settings';
import { loadConfig } from '../../src/server/config';

test('the default model is a Claude Sonnet id listed by the SDK', () => {
  const dts = readFileSync(path.resolve(__dirname, '..', '..', 'node_modules', '@anthropic-ai', 'sdk', 'resources', 'messages', 'messages.d.ts'), 'utf8');
  const union = /export type Model =([^;]+);/.exec(dts)?.[1] ?? '';
  const known = [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  expect(known.length).toBeGreaterThan(5);
  expect(known).toContain(DEFAULT_MODEL);
  expect(DEFAULT_MODEL).toMatch(/^claude-sonnet-/);
});

test('ZAN_MODEL overrides it; the key is optional and never required for the local engine', () => {
  expect(loadConfig({ ZAN_TOKENS: 'token-0123456789abcdef' }).model).toBe(DEFAULT_MODEL);
  expect(loadConfig({ ZAN_TOKENS: 'token-0123456789abcdef', ZAN_MODEL: 'claude-opus-5-5' }).model).toBe('claude-opus-5-5');
});
