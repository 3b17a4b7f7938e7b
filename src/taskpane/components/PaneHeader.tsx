/**
 * The pane's compact header: the review buttons, then the tools (language, icon-only settings and
 * help). The tools are memoized apart: the header follows `busy` on every action, and their
 * tooltips need not render again each time.
 */
import { Button, Link, Select, Spinner, ToggleButton, Tooltip } from '@fluentui/react-components';
import { QuestionCircle20Regular, Settings20Regular } from '@fluentui/react-icons';
import { memo } from 'react';
import type { UiLanguage } from '../../core/language';
import { LANGUAGE_NAMES, UI_LANGUAGES, type Translate } from '../../i18n';

export interface PaneHeaderProps extends HeaderToolsProps {
  busy: boolean;
  /** A review is reading the document or running the local checks: the spinner shows (not for a single action). */
  reviewing: boolean;
  onReview(scope: 'document' | 'selection'): void;
}

export function PaneHeader({ busy, reviewing, onReview, ...tools }: PaneHeaderProps) {
  const { t } = tools;
  return (
    <header className="zan-header">
      {/* Word titles the pane with the add-in's name: the heading is for screen readers only. */}
      <h1 className="zan-visually-hidden">Zan Assistant</h1>
      <div className="zan-review-buttons">
        <Button appearance="primary" size="small" disabled={busy} onClick={() => onReview('document')}>
          {t('action.reviewDocument')}
        </Button>
        <Button size="small" disabled={busy} onClick={() => onReview('selection')}>
          {t('action.reviewSelection')}
        </Button>
        {reviewing && <Spinner size="extra-tiny" aria-label={t('status.local')} />}
      </div>
      <HeaderTools {...tools} />
    </header>
  );
}

export interface HeaderToolsProps {
  t: Translate;
  language: UiLanguage;
  onLanguage(language: UiLanguage): void;
  /** The settings toggle, when the pane has backend settings: open or not, and the panel's id. */
  settings?: { open: boolean; panelId: string; onToggle(): void };
  /** The support page; absent: no help link. */
  helpUrl?: string;
}

const HeaderTools = memo(function HeaderTools({ t, language, onLanguage, settings, helpUrl }: HeaderToolsProps) {
  return (
    <div className="zan-header-tools">
      <Select aria-label={t('lang.label')} size="small" appearance="underline" value={language} onChange={(_, d) => onLanguage(d.value as UiLanguage)}>
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
            checked={settings.open}
            aria-expanded={settings.open}
            aria-controls={settings.panelId}
            onClick={settings.onToggle}
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
  );
});
