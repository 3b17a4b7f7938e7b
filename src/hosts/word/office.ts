/**
 * Finding Word. Office.js comes from Microsoft's CDN in the page; outside Office it resolves
 * `Office.onReady` with host null, and when the script could not load (offline, plain file) there
 * is no `Office` at all or onReady never resolves: a timeout turns all of these into "not in Word".
 */
import type { WordRun } from './api';

export interface WordEnvironment {
  run: WordRun;
  /** Office's display language, e.g. "kk-KZ", "ru-RU", "en-US". */
  displayLanguage: string;
  /** WordApi 1.4: comments, tracking mode, settings — the minimum the add-in needs. */
  wordApi14: boolean;
  /** WordApi 1.6: accept or reject single tracked changes. */
  trackedChangesApi: boolean;
  /**
   * Prefix for the pane's localStorage keys where Office partitions storage (Word on the web);
   * undefined where it does not. Microsoft's advice for private data such as the backend token.
   */
  partitionKey?: string;
}

interface OfficeGlobal {
  onReady(): Promise<{ host: string | null }>;
  HostType: { Word: string };
  context: { displayLanguage: string; partitionKey?: string; requirements: { isSetSupported(name: string, version?: string): boolean } };
}

export async function detectWord(timeoutMs = 3000): Promise<WordEnvironment | undefined> {
  const g = globalThis as unknown as { Office?: OfficeGlobal; Word?: { run: (batch: (context: unknown) => Promise<unknown>) => Promise<unknown> } };
  const office = g.Office;
  if (!office || typeof office.onReady !== 'function') return undefined;
  const info = await Promise.race([
    office.onReady().catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
  if (!info || info.host !== office.HostType.Word || !g.Word) return undefined;
  const word = g.Word;
  const requirements = office.context.requirements;
  return {
    // Word.RequestContext satisfies the structural subset in ./api.ts; its enum-typed properties
    // carry the same string values, so the cast only bridges the declaration styles.
    run: ((batch) => word.run(batch as (context: unknown) => Promise<unknown>)) as WordRun,
    displayLanguage: office.context.displayLanguage,
    wordApi14: requirements.isSetSupported('WordApi', '1.4'),
    trackedChangesApi: requirements.isSetSupported('WordApi', '1.6'),
    partitionKey: office.context.partitionKey || undefined,
  };
}
