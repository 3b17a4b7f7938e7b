/**
 * The engines as the pane uses them. The local engine and the corpus are imported lazily, so they
 * arrive in their own chunks after the pane has painted.
 */
import type { LocalEngine } from './session';

export const localEngine: LocalEngine = async (doc) => {
  const [{ reviewLocal }, { loadCorpus }] = await Promise.all([import('../engine/local'), import('../corpus/index')]);
  const { act, findings } = reviewLocal(doc, { corpus: loadCorpus() });
  return { act, findings };
};
