/**
 * One finding: severity (icon and text), unit, message, quote, suggestion, rationale and its actions.
 * Memoized: an action on one finding re-renders that card only (its status), not the whole list.
 */
import { Badge, Button, Link, Text } from '@fluentui/react-components';
import { memo } from 'react';
import type { Finding } from '../../core/finding';
import type { Translate } from '../../i18n';
import type { FindingStatus } from '../session';
import { useBusy, useFindingStatus, useIsCurrent } from './cardState';
import { SeverityIcon } from './SeverityIcon';

export interface FindingActions {
  onShow(f: Finding): void;
  onComment(f: Finding): void;
  onApply(f: Finding): void;
  onDecide(f: Finding, accept: boolean): void;
  onDismiss(f: Finding): void;
  onRestore?(f: Finding): void;
  /** The card took focus (click or Tab): it becomes the current finding for Next/Previous. */
  onFocusCard?(f: Finding): void;
}

export interface FindingCardProps extends FindingActions {
  finding: Finding;
  t: Translate;
  /** Word can accept/reject single tracked changes (WordApi 1.6). */
  canDecide: boolean;
  /** A dismissed finding shown on request: only "restore". */
  dismissed?: boolean;
}

const STATUS_KEY = {
  commented: 'finding.commented',
  applied: 'finding.applied',
  accepted: 'finding.accepted',
  rejected: 'finding.rejected',
  stale: 'finding.stale',
} as const;

export const FindingCard = memo(function FindingCard({ finding: f, t, canDecide, dismissed, ...actions }: FindingCardProps) {
  const status = useFindingStatus(f.id);
  const current = useIsCurrent(f.id);
  const done = status === 'accepted' || status === 'rejected' || status === 'stale';
  const severity = t(`severity.${f.severity}`);
  return (
    <article
      tabIndex={-1}
      className="zan-finding"
      data-finding={f.id}
      data-category={f.category}
      data-severity={f.severity}
      data-current={current ? 'true' : undefined}
      aria-label={`${severity}: ${f.message}`}
      onFocus={(e) => {
        if (e.target === e.currentTarget || e.currentTarget.contains(e.target)) actions.onFocusCard?.(f);
      }}
    >
      <div className="zan-finding-head">
        <span className={`zan-severity zan-severity-${f.severity}`}>
          <SeverityIcon severity={f.severity} />
          {/* Both forms are rendered; the card's width picks one (a container query in taskpane.html). */}
          <span className="zan-severity-full">{severity}</span>
          <abbr className="zan-severity-short" title={severity}>
            {t(`severity.short.${f.severity}`)}
          </abbr>
        </span>
        <Text size={200} className="zan-unit">
          {f.unit}
        </Text>
        {f.engine === 'model' && (
          <Badge appearance="outline" color="brand">
            {t('finding.engine.model')}
          </Badge>
        )}
        {status && (
          <Badge appearance="tint" color={status === 'stale' ? 'warning' : 'success'} data-status={status}>
            {t(STATUS_KEY[status])}
          </Badge>
        )}
        {dismissed && (
          <Badge appearance="tint" color="subtle" data-status="dismissed">
            {t('finding.dismissed')}
          </Badge>
        )}
      </div>
      <Link as="button" className="zan-message" onClick={() => actions.onShow(f)} title={t('action.show')}>
        {f.message}
      </Link>
      <blockquote className="zan-quote">{f.anchor.quote}</blockquote>
      {f.replacement !== undefined && (
        <Text block size={200} className="zan-suggestion">
          {f.replacement === '' ? t('finding.suggestionDelete') : t('finding.suggestion', { text: f.replacement })}
        </Text>
      )}
      {f.rationale && (
        <details className="zan-rationale">
          <summary>{t('finding.rationale')}</summary>
          <Text size={200}>{f.rationale}</Text>
          {f.citations.length > 0 && (
            <ul aria-label={t('finding.citations')}>
              {f.citations.map((c) => (
                <li key={c.id}>{c.url ? <Link href={c.url} target="_blank" rel="noreferrer">{c.label}</Link> : c.label}</li>
              ))}
            </ul>
          )}
        </details>
      )}
      {(dismissed || !done) && <CardActions finding={f} status={status} t={t} canDecide={canDecide} dismissed={dismissed} actions={actions} />}
    </article>
  );
});

/** The card's buttons: the only part that follows `busy` (they are disabled while an action runs). */
function CardActions({
  finding: f,
  status,
  t,
  canDecide,
  dismissed,
  actions,
}: Pick<FindingCardProps, 'finding' | 't' | 'canDecide' | 'dismissed'> & { status?: FindingStatus; actions: FindingActions }) {
  const busy = useBusy();
  if (dismissed) {
    return (
      <div className="zan-actions" role="group" aria-label={f.message}>
        <Button size="small" disabled={busy} onClick={() => actions.onRestore?.(f)}>
          {t('action.restore')}
        </Button>
      </div>
    );
  }
  return (
    <div className="zan-actions" role="group" aria-label={f.message}>
      {status === 'applied' ? (
        canDecide && (
          <>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => actions.onDecide(f, true)}>
              {t('action.accept')}
            </Button>
            <Button size="small" disabled={busy} onClick={() => actions.onDecide(f, false)}>
              {t('action.reject')}
            </Button>
          </>
        )
      ) : (
        <>
          {f.replacement !== undefined && (
            <Button size="small" appearance="primary" disabled={busy} onClick={() => actions.onApply(f)}>
              {t('action.applySuggestion')}
            </Button>
          )}
          {status === 'commented' ? (
            <Button size="small" disabled={busy} onClick={() => actions.onShow(f)}>
              {t('action.goTo')}
            </Button>
          ) : (
            <Button size="small" disabled={busy} onClick={() => actions.onComment(f)}>
              {t('action.insertComment')}
            </Button>
          )}
        </>
      )}
      <Button size="small" appearance="subtle" disabled={busy} onClick={() => actions.onDismiss(f)}>
        {t('action.dismiss')}
      </Button>
    </div>
  );
}
