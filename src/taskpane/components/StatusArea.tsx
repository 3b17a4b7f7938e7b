/**
 * What the pane says about the review, in one polite live region: the session's message, the
 * model phase (waiting / progress with Cancel; timeout, error or cancel with Retry; coverage
 * "Проверено моделью: 47 из 50 статей" with the unchecked ones listed), the local rules that could
 * not run (so an incomplete review never reads as passed) and the "not an act" note.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import type { MessageKey, Translate } from '../../i18n';
import type { ModelState, SessionMessage } from '../session';

export interface StatusAreaProps {
  message: SessionMessage;
  model?: ModelState;
  notAnAct?: boolean;
  /** Local rules that gave up on this document. */
  notRun?: readonly { ruleId: string }[];
  t: Translate;
  onCancelModel(): void;
  onRetryModel(): void;
}

export function StatusArea({ message, model, notAnAct, notRun, t, onCancelModel, onRetryModel }: StatusAreaProps) {
  return (
    <div role="status" aria-live="polite" aria-label={t('region.status')} className="zan-status">
      <StatusLine message={message} t={t} />
      {notRun && notRun.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-status="rules-not-run">
          <MessageBarBody>{t('status.rulesNotRun', { count: notRun.length, rules: notRun.map((r) => r.ruleId).join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      {notAnAct && message.kind !== 'noArticles' && message.kind !== 'empty' && <Text size={200}>{t('status.noArticles')}</Text>}
      {model && <ModelLine model={model} t={t} onCancel={onCancelModel} onRetry={onRetryModel} />}
    </div>
  );
}

function ModelLine({ model, t, onCancel, onRetry }: { model: ModelState; t: Translate; onCancel(): void; onRetry(): void }) {
  const retry = (
    <Button size="small" onClick={onRetry}>
      {t('action.retry')}
    </Button>
  );
  switch (model.phase) {
    case 'waiting':
    case 'running':
      return (
        <div className="zan-progress" data-model={model.phase}>
          <div className="zan-progress-line">
            <Text size={200}>{model.phase === 'waiting' || !model.total ? t('status.modelWaiting') : t('status.model', { done: model.done, total: model.total })}</Text>
            <Button size="small" appearance="subtle" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          </div>
          <ProgressBar value={model.total ? model.done / model.total : undefined} aria-label={t('status.modelWaiting')} />
        </div>
      );
    case 'cancelled':
      return <Notice intent="info" text={t('status.modelCancelled')} action={retry} phase={model.phase} />;
    case 'timeout':
      return <Notice intent="warning" text={t('status.modelTimeout', { seconds: model.error ?? '10' })} action={retry} phase={model.phase} />;
    case 'error':
      return <Notice intent="warning" text={t('error.model', { message: sentence(model.error ?? '') })} action={retry} phase={model.phase} />;
    case 'done': {
      if (model.articles === undefined || model.checkedArticles === undefined) return null;
      const partial = model.checkedArticles < model.articles || (model.unchecked?.length ?? 0) > 0;
      const text = t('status.modelChecked', { checked: model.checkedArticles, count: model.articles });
      if (!partial) return <Text size={200} data-model="done">{text}</Text>;
      const list = (model.unchecked ?? []).map((g) => `${g.path} (${t(`reason.${g.reason}` as MessageKey)})`).join('; ');
      return <Notice intent="warning" text={list ? `${text} ${t('status.modelUnchecked', { list })}` : text} action={retry} phase="partial" />;
    }
  }
}

function Notice({ intent, text, action, phase }: { intent: 'info' | 'warning'; text: string; action: React.ReactNode; phase: string }) {
  return (
    <MessageBar intent={intent} layout="multiline" data-model={phase}>
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>{action}</MessageBarActions>
    </MessageBar>
  );
}

/** A server text as a sentence: ends with one full stop, whatever it ended with. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return !trimmed || /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Messages that are one plain line of text. */
const PLAIN: Partial<Record<SessionMessage['kind'], MessageKey>> = {
  idle: 'status.idle',
  reading: 'status.reading',
  local: 'status.local',
  none: 'status.none',
  noneLocal: 'status.noneLocal',
  noneSelection: 'status.noneSelection',
  empty: 'status.emptyDocument',
  noArticles: 'status.noArticles',
  undone: 'status.undone',
};

function StatusLine({ message, t }: { message: SessionMessage; t: Translate }) {
  const plain = PLAIN[message.kind];
  if (plain) return <Text size={200}>{t(plain)}</Text>;
  if (message.kind === 'applied') {
    return (
      <Text size={200}>
        {t('status.applied', { comments: t('count.comments', { count: message.comments }), changes: t('count.changes', { count: message.changes }) })}
        {message.stale > 0 && ' ' + t('status.staleCount', { count: message.stale })}
        {message.skipped?.length ? ' ' + t('status.skipped', { list: message.skipped.map(({ reason, count }) => `${t(`skip.${reason}`)} (${count})`).join('; ') }) : null}
      </Text>
    );
  }
  if (message.kind === 'error') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t(`error.${message.code}` as MessageKey, { message: message.detail ?? '' })}</MessageBarBody>
      </MessageBar>
    );
  }
  return null; // localDone: the summary line shows the counts
}
