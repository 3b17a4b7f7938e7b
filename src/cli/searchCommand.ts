/**
 * `zan search "clause text" [--json] [--limit N] [--kind constitution|resolution|legal-acts-law]`:
 * which provisions of the 2026 Constitution, which Constitutional Court resolutions and which
 * articles of the Law "On Legal Acts" a clause engages. Exit codes: 0 found, 1 nothing found,
 * 2 bad arguments.
 */
import { detectLanguage } from '../core/language';
import { loadCorpus } from '../corpus/index';
import type { SearchHit } from '../corpus/types';

const KINDS: SearchHit['kind'][] = ['constitution', 'resolution', 'legal-acts-law'];
const MAX_LIMIT = 100;

export const SEARCH_USAGE = `Usage: zan search "clause text" [--json] [--limit N] [--kind KIND]
  --json        print the hits as JSON
  --limit N     how many hits to show (1-${MAX_LIMIT}, default 10)
  --kind KIND   only ${KINDS.join(' | ')} (repeat or separate by commas)`;

export interface SearchIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

class SearchUsageError extends Error {}

interface SearchArgs {
  text: string;
  json: boolean;
  limit: number;
  kinds: SearchHit['kind'][];
  help: boolean;
}

function parseArgs(argv: string[]): SearchArgs {
  const args: SearchArgs = { text: '', json: false, limit: 10, kinds: [], help: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new SearchUsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--limit': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw new SearchUsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}, got "${v}"`);
        args.limit = n;
        break;
      }
      case '--kind':
        for (const k of value().split(',').map((s) => s.trim()).filter(Boolean)) {
          if (!KINDS.includes(k as SearchHit['kind'])) throw new SearchUsageError(`unknown --kind "${k}"; use ${KINDS.join(', ')}`);
          args.kinds.push(k as SearchHit['kind']);
        }
        break;
      default:
        if (a.startsWith('--')) throw new SearchUsageError(`unknown option ${flag}`);
        words.push(a);
    }
  }
  args.text = words.join(' ').trim();
  return args;
}

function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function formatTable(hits: SearchHit[]): string {
  const lines: string[] = [];
  const width = String(hits.length).length;
  hits.forEach((h, i) => {
    const n = String(i + 1).padStart(width);
    lines.push(`${n}. ${h.score.toFixed(2).padStart(6)}  ${h.label}`);
    const details = [h.id, h.kind === 'resolution' && h.articles2026?.length ? `2026: ст. ${h.articles2026.join(', ')}` : ''].filter(Boolean).join('  ·  ');
    lines.push(`${' '.repeat(width + 2)}        ${details}`);
    if (h.text) lines.push(`${' '.repeat(width + 2)}        ${excerpt(h.text)}`);
  });
  return lines.join('\n') + '\n';
}

export async function runSearch(argv: string[], io: SearchIo): Promise<number> {
  let args: SearchArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof SearchUsageError) {
      io.stderr(`zan search: ${err.message}\n${SEARCH_USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    io.stdout(SEARCH_USAGE + '\n');
    return 0;
  }
  if (!args.text) {
    io.stderr(`zan search: give the clause text to search for, in quotes\n${SEARCH_USAGE}\n`);
    return 2;
  }
  const corpus = loadCorpus();
  const hits = corpus.search(args.text, { limit: args.limit, kinds: args.kinds.length ? args.kinds : undefined });
  if (args.json) {
    io.stdout(JSON.stringify({ query: args.text, language: detectLanguage(args.text), corpusVersion: corpus.version, hits }, null, 2) + '\n');
  } else if (hits.length) {
    io.stdout(formatTable(hits));
  } else {
    io.stdout(detectLanguage(args.text) === 'kk' ? 'Ештеңе табылмады.\n' : 'Ничего не найдено.\n');
  }
  return hits.length ? 0 : 1;
}
