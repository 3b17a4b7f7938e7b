/**
 * The plain-browser demo: the same pane and the same Word host, on the in-memory Word document
 * (hosts/word/fake) holding a bundled sample draft. Loaded only outside Office (dynamic import).
 */
import type { Language } from '../core/language';
import { FakeWordDocument } from '../hosts/word/fake/fakeWord';
import { WordHost } from '../hosts/word/host';

export interface Demo {
  word: FakeWordDocument;
  host: WordHost;
  language: Language;
}

/** Paragraphs of a plain-text draft: one per line, as the .txt samples are written. */
export function demoFromText(text: string, language: Language): Demo {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const word = new FakeWordDocument(lines, { user: 'Demo' });
  return { word, language, host: new WordHost({ run: word.run, trackedChangesApi: true }) };
}

/** Fetch a bundled sample (dist/samples/sample-<lang>.txt) and open it as a demo document. */
export async function loadDemo(language: Language, base = ''): Promise<Demo> {
  const response = await fetch(`${base}samples/sample-${language}.txt`);
  if (!response.ok) throw new Error(`sample-${language}.txt: HTTP ${response.status}`);
  return demoFromText(await response.text(), language);
}
