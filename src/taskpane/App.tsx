/**
 * The task pane, built for 320 px and 200% zoom: a compact header (review buttons, language,
 * icon-only settings and help), one status region, a one-line summary with counts, a toolbar
 * (filters menu, bulk actions, Previous/Next) and the virtualized list of findings in <main>.
 */
import { Button, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Category, Finding } from '../core/finding';
import type { UiLanguage } from '../core/language';
import { translator } from '../i18n';
import { BackendSettingsPanel, type BackendSettingsProps } from './components/BackendSettings';
import { BulkActions } from './components/BulkActions';
import { FilterMenu } from './components/FilterMenu';
import { FindingList, type FindingListHandle } from './components/FindingList';
import { SeverityIcon } from './components/SeverityIcon';
import { StatusArea } from './components/StatusArea';
import { CurrentFinding, CurrentFindingContext, StatusSourceContext, type FindingStatusSource } from './components/cardState';
import { FindingNav } from './components/FindingNav';
import { PaneHeader } from './components/PaneHeader';
import { useStableHandlers } from './hooks/useStableHandlers';
import { ALL_FILTERS, countByCategory, countBySeverity, filterFindings, groupFindings, readingOrder, type GroupBy } from './findings';
import type { ReviewSession } from './session';

export interface AppProps {
  session: ReviewSession;
  canDecide: boolean;
  language: UiLanguage;
  onLanguageChange?(language: UiLanguage): void;
  /** The backend settings section (server URL and token); absent: no settings button. */
  settings?: Omit<BackendSettingsProps, 't'>;
  /** The support page (shipped beside the pane); absent: no help link. */
  helpUrl?: string;
}

export function App({ session, canDecide, language: initialLanguage, onLanguageChange, settings, helpUrl = 'support.html' }: AppProps) {
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  const [language, setLanguage] = useState(initialLanguage);
  const [filters, setFilters] = useState(ALL_FILTERS);
  const [groupBy, setGroupBy] = useState<GroupBy>('article');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [showHidden, setShowHidden] = useState(false);
  // The current finding lives in a small store: cards read whether they are current from it, so
  // moving between findings re-renders two cards, not the list.
  const current = useMemo(() => new CurrentFinding(), []);
  const currentId = useSyncExternalStore(current.subscribe, current.get, current.get);
  const setCurrentId = useCallback((id: string) => current.set(id), [current]);
  const statusSource = useMemo<FindingStatusSource>(
    () => ({ subscribe: session.subscribe, status: (id) => session.getState().status[id], busy: () => session.getState().busy }),
    [session],
  );
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsId = useId();
  const listRef = useRef<FindingListHandle>(null);
  /** The focus move still waiting for a frame: a newer move cancels it, or its late focus would make the older finding current again. */
  const pendingFocus = useRef<number | undefined>(undefined);
  const t = useMemo(() => translator(language), [language]);

  const all = useMemo(() => (showHidden ? [...state.findings, ...state.hidden] : state.findings), [state.findings, state.hidden, showHidden]);
  const counts = useMemo(() => countByCategory(state.findings), [state.findings]);
  const shown = useMemo(() => filterFindings(all, filters), [all, filters]);
  const groups = useMemo(() => groupFindings(shown, groupBy, state.articleOf), [shown, groupBy, state.articleOf]);
  const order = useMemo(() => readingOrder(groups), [groups]);
  const dismissedIds = useMemo(() => new Set(showHidden ? state.hidden.map((f) => f.id) : []), [state.hidden, showHidden]);
  const severities = useMemo(() => countBySeverity(shown), [shown]);
  // Bulk actions apply what the filters show (dismissed ones never): the confirm counts exactly that.
  const visible = useMemo(() => shown.filter((f) => !dismissedIds.has(f.id)), [shown, dismissedIds]);

  /** Make a finding current: expand its group, scroll to it, focus it; `select` also selects its words in Word. */
  const goTo = useCallback(
    (f: Finding | undefined, select: boolean) => {
      if (!f) return;
      setCurrentId(f.id);
      const group = groups.find((g) => g.findings.includes(f));
      if (group && collapsed.has(group.key)) setCollapsed((c) => new Set([...c].filter((k) => k !== group.key)));
      // Said at once, so a focus still landing from an earlier move gives way to this one.
      listRef.current?.want(f.id);
      if (pendingFocus.current !== undefined) cancelAnimationFrame(pendingFocus.current);
      pendingFocus.current = requestAnimationFrame(() => {
        pendingFocus.current = undefined;
        listRef.current?.focusFinding(f.id);
      });
      if (select) void session.show(f);
    },
    [groups, collapsed, session, setCurrentId],
  );
  const step = useCallback(
    (delta: 1 | -1) => {
      if (order.length === 0) return;
      const at = currentId ? order.findIndex((f) => f.id === currentId) : -1;
      const next = at < 0 ? (delta > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + delta));
      goTo(order[next], true);
    },
    [order, currentId, goTo],
  );
  const headerActions = useStableHandlers({
    onReview: (scope: 'document' | 'selection') => void session.review(scope),
    onLanguage: (next: UiLanguage) => {
      setLanguage(next);
      onLanguageChange?.(next);
    },
    onToggleSettings: () => setSettingsOpen((open) => !open),
    onStep: step,
  });
  const settingsToggle = useMemo(
    () => (settings ? { open: settingsOpen, panelId: settingsId, onToggle: headerActions.onToggleSettings } : undefined),
    [settings, settingsOpen, settingsId, headerActions],
  );
  /** After an action on a card, focus moves to the next finding (or stays on the last). */
  const after = (f: Finding, action: () => Promise<void>) => {
    const at = order.findIndex((x) => x.id === f.id);
    const next = order[at + 1] ?? order[at - 1];
    void action().then(() => {
      if (next && session.getState().findings.some((x) => x.id === next.id)) goTo(next, false);
    });
  };
  // The list's handlers keep their identity across renders, so memoized rows and cards skip the
  // re-render when an action changes one finding's status.
  const cardActions = useStableHandlers({
    onFocusCard: (f: Finding) => setCurrentId(f.id),
    onShow: (f: Finding) => {
      setCurrentId(f.id);
      void session.show(f);
    },
    onComment: (f: Finding) => after(f, () => session.comment(f)),
    onApply: (f: Finding) => after(f, () => session.applySuggestion(f)),
    onDecide: (f: Finding, accept: boolean) => after(f, () => session.decide(f, accept)),
    onDismiss: (f: Finding) => after(f, () => session.dismiss(f)),
    onRestore: (f: Finding) => void session.restore(f),
    onToggleGroup: (key: string) => setCollapsed((c) => (c.has(key) ? new Set([...c].filter((k) => k !== key)) : new Set([...c, key]))),
  });
  const bulkActions = useStableHandlers({
    onApply: (c: Category) => void session.applyCategory(c, visible),
    onUndo: () => void session.undoBulk(),
  });
  // Changes with what the filters show and with the statuses: the bulk menu's counts follow it.
  const bulkPreview = useCallback((c: Category) => session.bulkPreview(c, visible), [session, visible, state.status]);

  // Alt+↓ / Alt+↑ move between findings from anywhere in the pane.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      step(e.key === 'ArrowDown' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const position = currentId ? order.findIndex((f) => f.id === currentId) + 1 : 0;
  const hasFindings = state.findings.length > 0 || state.hidden.length > 0;

  return (
    <FluentProvider theme={webLightTheme} lang={language} className="zan-root">
      <PaneHeader
        t={t}
        busy={state.busy}
        reviewing={state.busy && (state.message.kind === 'reading' || state.message.kind === 'local')}
        language={language}
        onReview={headerActions.onReview}
        onLanguage={headerActions.onLanguage}
        settings={settingsToggle}
        helpUrl={helpUrl}
      />
      {settings && settingsOpen && (
        <div id={settingsId}>
          <BackendSettingsPanel t={t} {...settings} />
        </div>
      )}
      <main className="zan-main" aria-label={t('region.findings')}>
        <StatusArea
          message={state.message}
          model={state.model}
          notAnAct={state.notAnAct}
          notRun={state.notRun}
          t={t}
          onCancelModel={() => session.cancelModel()}
          onRetryModel={() => void session.retryModel()}
        />
        {state.rejectedWithComment && (
          <div className="zan-offer" role="group" aria-label={t('status.rejected')}>
            <Text size={200}>{t('status.rejected')}</Text>
            <Button size="small" disabled={state.busy} onClick={() => void session.removeComment(state.findings.find((f) => f.id === state.rejectedWithComment)!)}>
              {t('action.removeComment')}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => session.keepComment()}>
              {t('action.keepComment')}
            </Button>
          </div>
        )}
        {hasFindings && (
          <>
            <p className="zan-summary" data-testid="summary">
              <strong>{t('summary.findings', { count: shown.length })}</strong>
              {(['error', 'warning', 'info'] as const).map((s) =>
                severities[s] ? (
                  <span key={s} className="zan-summary-item" title={t(`severity.${s}`)}>
                    <SeverityIcon severity={s} />
                    <span className="zan-visually-hidden">{t(`severity.${s}`)}:</span> {severities[s]}
                  </span>
                ) : null,
              )}
            </p>
            <div className="zan-toolbar" role="toolbar" aria-label={t('nav.label')}>
              <FilterMenu filters={filters} counts={counts} groupBy={groupBy} t={t} onChange={setFilters} onGroupBy={setGroupBy} />
              <BulkActions
                t={t}
                busy={state.busy}
                preview={bulkPreview}
                onApply={bulkActions.onApply}
                onUndo={session.canUndoBulk() ? bulkActions.onUndo : undefined}
              />
              <FindingNav t={t} position={position} total={order.length} onStep={headerActions.onStep} />
            </div>
            {state.hidden.length > 0 && (
              <Button size="small" appearance="transparent" className="zan-hidden-toggle" onClick={() => setShowHidden((v) => !v)}>
                {showHidden ? t('action.hideHidden') : t('action.showHidden', { count: state.hidden.length })}
              </Button>
            )}
          </>
        )}
        {shown.length > 0 && (
          <StatusSourceContext.Provider value={statusSource}>
            <CurrentFindingContext.Provider value={current}>
              <FindingList ref={listRef} groups={groups} collapsed={collapsed} t={t} canDecide={canDecide} dismissedIds={dismissedIds} {...cardActions} />
            </CurrentFindingContext.Provider>
          </StatusSourceContext.Provider>
        )}
      </main>
    </FluentProvider>
  );
}
