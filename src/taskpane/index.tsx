/**
 * Entry of the task pane. Inside Word: the Word host on Office.js. Anywhere else (a plain browser,
 * the end-to-end test): the pane says so and runs the same flow on a bundled sample draft held in an
 * in-memory Word document.
 */
import { Button, FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { StrictMode, memo, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Language, UiLanguage } from '../core/language';
import { detectWord } from '../hosts/word/office';
import { WordHost } from '../hosts/word/host';
import type { FakeWordDocument } from '../hosts/word/fake/fakeWord';
import { translator, uiLanguageFor, type Translate } from '../i18n';
import { App } from './App';
import { DemoDocument } from './components/DemoDocument';
import type { Demo } from './demo';
import { localEngine, modelEngine, prepareLocalEngine } from './engines';
import { BackendSettingsStore, browserStorage, type BackendSettings } from './settings';
import { ReviewSession } from './session';

declare global {
  interface Window {
    /** The demo's in-memory document, for the end-to-end test and for curious users. */
    zanDemo?: Demo;
  }
}

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const word = await detectWord();
  if (word) {
    const language = uiLanguageFor(word.displayLanguage);
    if (!word.wordApi14) {
      root.render(<p role="alert">{translator(language)('error.unsupportedWord')}</p>);
      return;
    }
    const host = new WordHost({ run: word.run, trackedChangesApi: word.trackedChangesApi });
    let ui: UiLanguage = language;
    const store = new BackendSettingsStore(browserStorage(), word.partitionKey);
    const session = new ReviewSession({ host, local: localEngine, model: modelEngine(store.load()), language: () => ui });
    root.render(
      <StrictMode>
        <App
          session={session}
          canDecide={word.trackedChangesApi}
          language={language}
          onLanguageChange={(l) => (ui = l)}
          settings={{ store, onChange: (s) => session.setModel(modelEngine(s)) }}
        />
      </StrictMode>,
    );
    whenIdle(prepareLocalEngine);
    return;
  }
  const { loadDemo } = await import('./demo');
  const initial = uiLanguageFor(navigator.language);
  root.render(
    <StrictMode>
      <DemoRoot load={loadDemo} language={initial} />
    </StrictMode>,
  );
  whenIdle(prepareLocalEngine);
}

/** Once the first paint is done and the browser is idle (WebKit has no requestIdleCallback: a timer). */
function whenIdle(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => run(), { timeout: 2000 });
  else window.setTimeout(run, 300);
}

function DemoRoot({ load, language }: { load: (language: Language) => Promise<Demo>; language: UiLanguage }) {
  const [sample, setSample] = useState<Language>(language === 'kk' ? 'kk' : 'ru');
  const [demo, setDemo] = useState<Demo>();
  const [ui, setUi] = useState<UiLanguage>(language);
  useEffect(() => {
    let live = true;
    void load(sample).then((d) => {
      if (!live) return;
      window.zanDemo = d;
      setDemo(d);
    });
    return () => {
      live = false;
    };
  }, [load, sample]);
  const uiRef = useRef(ui);
  uiRef.current = ui;
  const store = useMemo(() => new BackendSettingsStore(browserStorage()), []);
  // The demo runs model checks too when a backend is configured: the same flow as in Word.
  const session = useMemo(
    () => (demo ? new ReviewSession({ host: demo.host, local: localEngine, model: modelEngine(store.load()), language: () => uiRef.current }) : undefined),
    [demo, store],
  );
  const t = useMemo(() => translator(ui), [ui]);
  const settings = useMemo(() => (session ? { store, onChange: (s: BackendSettings) => session.setModel(modelEngine(s)) } : undefined), [session, store]);
  const revision = useDocumentRevision(session, demo);
  if (!demo || !session || !settings) return null;
  return (
    <>
      <App
        key={sample}
        session={session}
        canDecide
        language={ui}
        onLanguageChange={setUi}
        settings={settings}
      />
      <DemoAside t={t} ui={ui} sample={sample} onSample={setSample} word={demo.word} revision={revision} />
    </>
  );
}

/**
 * Word's sync count, taken when the browser is idle after the session changed: the document view
 * under the pane follows Word once the action's result is painted in the pane, so redrawing a
 * draft of 1,500 paragraphs never holds a click up (in Word there is no such view at all).
 */
function useDocumentRevision(session: ReviewSession | undefined, demo: Demo | undefined): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (!session || !demo) return undefined;
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let pending: number | undefined;
    setRevision(demo.word.syncCount);
    const unsubscribe = session.subscribe(() => {
      if (pending !== undefined) cancel(pending);
      pending = idle(() => {
        pending = undefined;
        setRevision(demo.word.syncCount);
      }, { timeout: 500 });
    });
    return () => {
      unsubscribe();
      if (pending !== undefined) cancel(pending);
    };
  }, [session, demo]);
  return revision;
}

/**
 * Below the pane, which stays as Word shows it: what this page is, which sample it holds, and the
 * document. Memoized: the pane's every state change must not walk the 1,500 paragraphs below it.
 */
const DemoAside = memo(function DemoAside({
  t,
  ui,
  sample,
  onSample,
  word,
  revision,
}: {
  t: Translate;
  ui: UiLanguage;
  sample: Language;
  onSample(sample: Language): void;
  word: FakeWordDocument;
  revision: number;
}) {
  return (
    <FluentProvider theme={webLightTheme} lang={ui}>
      <aside className="zan-demo" aria-label={t('demo.sample')}>
        <MessageBar intent="info" className="zan-demo-banner" layout="multiline">
          <MessageBarBody>
            {t('demo.banner')}{' '}
            <span role="group" aria-label={t('demo.sample')}>
              <Button size="small" appearance={sample === 'ru' ? 'primary' : 'secondary'} onClick={() => onSample('ru')}>
                {t('demo.sample.ru')}
              </Button>{' '}
              <Button size="small" appearance={sample === 'kk' ? 'primary' : 'secondary'} onClick={() => onSample('kk')}>
                {t('demo.sample.kk')}
              </Button>
            </span>
          </MessageBarBody>
        </MessageBar>
        <DemoDocument word={word} t={t} revision={revision} />
      </aside>
    </FluentProvider>
  );
});

void main();
