/**
 * The engines as the pane uses them. The local engine and the corpus are imported lazily, so they
 * arrive in their own chunks after the pane has painted.
 */
import type { LocalEngine, ModelEngine } from './session';
import type { BackendSettings } from './settings';

export const localEngine: LocalEngine = async (doc) => {
  const [{ reviewLocal }, { loadCorpus }] = await Promise.all([import('../engine/local'), import('../corpus/index')]);
  const { act, findings } = reviewLocal(doc, { corpus: loadCorpus() });
  return { act, findings };
};

/** Model checks through the backend proxy (the API key stays on the server); client loaded lazily. */
export function modelEngine(config: BackendSettings | undefined): ModelEngine | undefined {
  if (!config) return undefined;
  return async (act, onEvent, options) => {
    const { reviewViaServer } = await import('../server/client');
    await reviewViaServer({ url: config.url, token: config.token, act, onEvent, signal: options?.signal, uiLanguage: options?.uiLanguage });
  };
}
