/**
 * The engines as the pane uses them. The local engine and the corpus are imported lazily, so they
 * arrive in their own chunks after the pane has painted.
 */
import type { LocalEngine, ModelEngine } from './session';

export const localEngine: LocalEngine = async (doc) => {
  const [{ reviewLocal }, { loadCorpus }] = await Promise.all([import('../engine/local'), import('../corpus/index')]);
  const { act, findings } = reviewLocal(doc, { corpus: loadCorpus() });
  return { act, findings };
};

/** Where the backend proxy is, if the user configured one (kept in the pane's local storage). */
export interface BackendConfig {
  url: string;
  token: string;
}

export function backendConfig(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): BackendConfig | undefined {
  const url = storage?.getItem('zan.backend.url')?.trim();
  const token = storage?.getItem('zan.backend.token')?.trim();
  return url && token ? { url, token } : undefined;
}

/** Model checks through the backend proxy (the API key stays on the server); client loaded lazily. */
export function modelEngine(config: BackendConfig | undefined): ModelEngine | undefined {
  if (!config) return undefined;
  return async (act, onEvent) => {
    const { reviewViaServer } = await import('../server/client');
    await reviewViaServer({ url: config.url, token: config.token, act, onEvent });
  };
}
