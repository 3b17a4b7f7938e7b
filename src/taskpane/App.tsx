/**
 * The task pane, built for 320 px and 200% zoom: a compact header (review buttons, language,
 * icon-only settings and help), one status region, a one-line summary with counts, a toolbar
 * (filters menu, bulk actions, Previous/Next) and the virtualized list of findings in <main>.
 */
import { Button, FluentProvider, Link, Select, Spinner, Text, ToggleButton, Tooltip, webLightTheme } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular, QuestionCircle20Regular, Settings20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Category, Finding } from '../core/finding';
import type { UiLanguage } from '../core/language';
import { LANGUAGE_NAMES, UI_LANGUAGES, translator } from '../i18n';
import { BackendSettingsPanel, type BackendSettingsProps } from './components/BackendSettings';
import { BulkActions } from './components/BulkActions';
import { FilterMenu } from './components/FilterMenu';
import { FindingList, type FindingListHandle } from './components/FindingList';
import { SeverityIcon } from './components/SeverityIcon';
import { StatusArea } from './components/StatusArea';
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
  const [currentId, setCurrentId] = useState<string>();
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
    [groups, collapsed, session],
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
  /** After an action on a card, focus moves to the next finding (or stays on the last). */
  const after = (f: Finding, action: () => Promise<void>) => {
    const at = order.findIndex((x) => x.id === f.id);
    const next = order[at + 1] ?? order[at - 1];
    void action().then(() => {
      if (next && session.getState().findings.some((x) => x.id === next.id)) goTo(next, false);
    });
  };

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
      <header className="zan-header">
        {/* Word titles the pane with the add-in's name: the heading is for screen readers only. */}
        <h1 className="zan-visually-hidden">Zan Assistant</h1>
        <div className="zan-review-buttons">
          <Button appearance="primary" size="small" disabled={state.busy} onClick={() => void session.review('document')}>
            {t('action.reviewDocument')}
          </Button>
          <Button size="small" disabled={state.busy} onClick={() => void session.review('selection')}>
            {t('action.reviewSelection')}
          </Button>
          {state.busy && <Spinner size="extra-tiny" aria-label={t('status.local')} />}
        </div>
        <div className="zan-header-tools">
          <Select
            aria-label={t('lang.label')}
            size="small"
            appearance="underline"
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
            <Tooltip content={t('settings.open')} relationship="label">
              <ToggleButton
                size="small"
                appearance="subtle"
                icon={<Settings20Regular />}
                checked={settingsOpen}
                aria-expanded={settingsOpen}
                aria-controls={settingsId}
                onClick={() => setSettingsOpen((open) => !open)}
              />
            </Tooltip>
          )}
          {helpUrl && (
            <Tooltip content={t('support.title')} relationship="label">
              <Link href={`${helpUrl}#${language}`} target="_blank" rel="noreferrer" className="zan-help" aria-label={t('support.title')}>
                <QuestionCircle20Regular aria-hidden="true" />
              </Link>
            </Tooltip>
          )}
        </div>
      </header>
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
                preview={(c: Category) => session.bulkPreview(c, visible)}
                onApply={(c) => void session.applyCategory(c, visible)}
                onUndo={session.canUndoBulk() ? () => void session.undoBulk() : undefined}
              />
              <span className="zan-nav">
                <Tooltip content={`${t('action.previous')} (Alt+↑)`} relationship="label">
                  <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} disabled={order.length === 0} onClick={() => step(-1)} />
                </Tooltip>
                <Text size={200} className="zan-position" aria-live="off">
                  {position > 0 ? t('nav.position', { index: position, total: order.length }) : ''}
                </Text>
                <Tooltip content={`${t('action.next')} (Alt+↓)`} relationship="label">
                  <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} disabled={order.length === 0} onClick={() => step(1)} />
                </Tooltip>
              </span>
            </div>
            {state.hidden.length > 0 && (
              <Button size="small" appearance="transparent" className="zan-hidden-toggle" onClick={() => setShowHidden((v) => !v)}>
                {showHidden ? t('action.hideHidden') : t('action.showHidden', { count: state.hidden.length })}
              </Button>
            )}
          </>
        )}
          {shown.length > 0 && (
            <FindingList
              ref={listRef}
              groups={groups}
              collapsed={collapsed}
              onToggleGroup={(key) => setCollapsed((c) => (c.has(key) ? new Set([...c].filter((k) => k !== key)) : new Set([...c, key])))}
              status={state.status}
              t={t}
              canDecide={canDecide}
              busy={state.busy}
              currentId={currentId}
              dismissedIds={dismissedIds}
              onFocusCard={(f) => setCurrentId(f.id)}
              onShow={(f) => {
                setCurrentId(f.id);
                void session.show(f);
              }}
              onComment={(f) => after(f, () => session.comment(f))}
              onApply={(f) => after(f, () => session.applySuggestion(f))}
              onDecide={(f, accept) => after(f, () => session.decide(f, accept))}
              onDismiss={(f) => after(f, () => session.dismiss(f))}
              onRestore={(f) => void session.restore(f)}
            />
          )}
      </main>
    </FluentProvider>
  );
}
