/** The task pane: toolbar, status and progress, chart, filters and the grouped findings. */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  ToggleButton,
  webLightTheme,
} from '@fluentui/react-components';
import { useId, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { UiLanguage } from '../core/language';
import { LANGUAGE_NAMES, UI_LANGUAGES, translator, type MessageKey, type Translate } from '../i18n';
import { BackendSettingsPanel, type BackendSettingsProps } from './components/BackendSettings';
import { CategoryChart } from './components/CategoryChart';
import { FindingList } from './components/FindingList';
import { Filters } from './components/Filters';
import { CATEGORIES } from '../core/finding';
import { ALL_FILTERS, countByCategory, filterFindings, type GroupBy } from './findings';
import { openOfCategory, type ReviewSession, type SessionMessage } from './session';

export interface AppProps {
  session: ReviewSession;
  canDecide: boolean;
  language: UiLanguage;
  onLanguageChange?(language: UiLanguage): void;
  /** Shown above the toolbar (the demo banner outside Office). */
  banner?: (t: Translate) => ReactNode;
  /** The backend settings section (server URL and token); absent: no settings button. */
  settings?: Omit<BackendSettingsProps, 't'>;
}

export function App({ session, canDecide, language: initialLanguage, onLanguageChange, banner, settings }: AppProps) {
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  const [language, setLanguage] = useState(initialLanguage);
  const [filters, setFilters] = useState(ALL_FILTERS);
  const [groupBy, setGroupBy] = useState<GroupBy>('article');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsId = useId();
  const t = useMemo(() => translator(language), [language]);
  const counts = useMemo(() => countByCategory(state.findings), [state.findings]);
  const shown = useMemo(() => filterFindings(state.findings, filters), [state.findings, filters]);
  // Bulk actions apply what the filters show: the count on the button is what gets applied.
  const openShown = useMemo(() => Object.fromEntries(CATEGORIES.map((c) => [c, openOfCategory(shown, c, state.status).length])), [shown, state.status]);
  const applyCategory = (c: (typeof CATEGORIES)[number]) => void session.applyCategory(c, shown);

  return (
    <FluentProvider theme={webLightTheme} lang={language} className="zan-root">
      <header className="zan-header">
        <div>
          <Text as="h1" weight="semibold" size={500}>
            {t('app.title')}
          </Text>
          <Text block size={200}>
            {t('app.subtitle')}
          </Text>
        </div>
        <div className="zan-header-tools">
          <Select
            aria-label={t('lang.label')}
            size="small"
            value={language}
            onChange={(_, d) => {
              const next = d.value as UiLanguage;
              setLanguage(next);
              onLanguageChange?.(next);
            }}
          >
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </Select>
          {settings && (
            <ToggleButton
              size="small"
              appearance="subtle"
              checked={settingsOpen}
              aria-expanded={settingsOpen}
              aria-controls={settingsId}
              onClick={() => setSettingsOpen((open) => !open)}
            >
              {t('settings.open')}
            </ToggleButton>
          )}
        </div>
      </header>
      {settings && settingsOpen && (
        <div id={settingsId}>
          <BackendSettingsPanel t={t} {...settings} />
        </div>
      )}
      {banner?.(t)}
      <div className="zan-toolbar">
        <Button appearance="primary" disabled={state.busy} onClick={() => void session.review('document')}>
          {t('action.reviewDocument')}
        </Button>
        <Button disabled={state.busy} onClick={() => void session.review('selection')}>
          {t('action.reviewSelection')}
        </Button>
        {state.busy && <Spinner size="tiny" aria-label={t('status.local')} />}
      </div>
      <div aria-live="polite" className="zan-status">
        <StatusLine message={state.message} t={t} />
        {state.progress && (
          <div className="zan-progress">
            <Text size={200}>{t('status.model', { done: state.progress.done, total: state.progress.total })}</Text>
            <ProgressBar value={state.progress.total ? state.progress.done / state.progress.total : 0} />
          </div>
        )}
        {state.modelError && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('error.model', { message: state.modelError })}</MessageBarBody>
          </MessageBar>
        )}
        {state.dismissedHidden > 0 && <Text size={200}>{t('status.dismissedHidden', { count: state.dismissedHidden })}</Text>}
      </div>
      {state.findings.length > 0 && (
        <>
          <CategoryChart counts={counts} t={t} open={openShown} busy={state.busy} onApplyCategory={applyCategory} />
          <Filters filters={filters} counts={counts} t={t} onChange={setFilters} />
          <TabList
            size="small"
            selectedValue={groupBy}
            onTabSelect={(_, d) => setGroupBy(d.value as GroupBy)}
            aria-label={t('group.by')}
          >
            <Tab value="article">{t('group.article')}</Tab>
            <Tab value="category">{t('group.category')}</Tab>
          </TabList>
          <FindingList
            findings={shown}
            groupBy={groupBy}
            status={state.status}
            t={t}
            canDecide={canDecide}
            busy={state.busy}
            onShow={(f) => void session.show(f)}
            onComment={(f) => void session.comment(f)}
            onApply={(f) => void session.applySuggestion(f)}
            onDecide={(f, accept) => void session.decide(f, accept)}
            onDismiss={(f) => void session.dismiss(f)}
            onApplyCategory={applyCategory}
          />
        </>
      )}
    </FluentProvider>
  );
}

function StatusLine({ message, t }: { message: SessionMessage; t: Translate }) {
  switch (message.kind) {
    case 'idle':
      return <Text size={200}>{t('status.idle')}</Text>;
    case 'reading':
      return <Text size={200}>{t('status.reading')}</Text>;
    case 'local':
      return <Text size={200}>{t('status.local')}</Text>;
    case 'localDone':
      return <Text size={200}>{t('status.localDone', { count: message.count })}</Text>;
    case 'none':
      return <Text size={200}>{t('status.none')}</Text>;
    case 'applied':
      return (
        <Text size={200}>
          {t('status.applied', { comments: message.comments, changes: message.changes })}
          {message.stale > 0 && ' ' + t('status.staleCount', { count: message.stale })}
        </Text>
      );
    case 'error': {
      const key = `error.${message.code}` as MessageKey;
      return (
        <MessageBar intent="error">
          <MessageBarBody>{t(key, { message: message.detail ?? '' })}</MessageBarBody>
        </MessageBar>
      );
    }
  }
}
