/**
 * Backend settings: the Zan server's address and access token, with "check connection".
 * The token field is a password field that starts empty: a saved token is only ever shown as a
 * mask, and leaving the field empty on save keeps it. Nothing here is logged.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { MessageKey, Translate } from '../../i18n';
import { checkConnection, normalizeServerUrl, type BackendSettings, type BackendSettingsStore, type ConnectionCheck, type UrlProblem } from '../settings';

export interface BackendSettingsProps {
  store: BackendSettingsStore;
  t: Translate;
  /** The saved settings changed (undefined: removed): the pane switches its model engine. */
  onChange(settings: BackendSettings | undefined): void;
  /** Injected in tests; defaults to the real probe with the global fetch. */
  check?: (settings: BackendSettings) => Promise<ConnectionCheck>;
  /** This page's origin, named in messages about ZAN_ALLOWED_ORIGINS. */
  origin?: string;
}

type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; text: string };

const URL_PROBLEM: Record<UrlProblem, MessageKey> = {
  empty: 'settings.error.urlEmpty',
  invalid: 'settings.error.urlInvalid',
  insecure: 'settings.error.urlInsecure',
};

export function connectionNotice(result: ConnectionCheck, t: Translate, origin: string): Notice {
  switch (result.kind) {
    case 'ok':
      return result.engine === 'model'
        ? { intent: 'success', text: t('connection.okModel', { model: result.model ?? '' }) }
        : { intent: 'warning', text: t('connection.okLocal') };
    case 'unauthorized':
      return { intent: 'error', text: t('connection.unauthorized') };
    case 'forbidden-origin':
      return { intent: 'error', text: t('connection.forbiddenOrigin', { origin }) };
    case 'rate-limited':
      return { intent: 'warning', text: t('connection.rateLimited') };
    case 'unavailable':
      return { intent: 'warning', text: t('connection.unavailable') };
    case 'not-zan':
      return { intent: 'error', text: t('connection.notZan', { status: result.status ?? '—' }) };
    case 'network':
      return { intent: 'error', text: t('connection.network', { origin }) };
  }
}

export function BackendSettingsPanel({ store, t, onChange, check = (s) => checkConnection(s), origin = globalThis.location?.origin ?? '' }: BackendSettingsProps) {
  const [url, setUrl] = useState(() => store.savedUrl() ?? '');
  const [token, setToken] = useState('');
  const [hasToken, setHasToken] = useState(() => store.hasToken());
  const [urlProblem, setUrlProblem] = useState<UrlProblem>();
  const [tokenMissing, setTokenMissing] = useState(false);
  const [checking, setChecking] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const intro = useId();

  /** The settings the form describes: the typed token, else the saved one. */
  const current = (): BackendSettings | undefined => {
    const normalized = normalizeServerUrl(url);
    setUrlProblem('problem' in normalized ? normalized.problem : undefined);
    const typed = token.trim();
    setTokenMissing(!typed && !hasToken);
    if ('problem' in normalized || (!typed && !hasToken)) return undefined;
    const savedToken = typed ? undefined : store.load()?.token;
    const value = typed || savedToken;
    return value ? { url: normalized.url, token: value } : undefined;
  };

  const save = () => {
    const settings = current();
    if (!settings) return;
    try {
      const saved = store.save(settings.url, token.trim() || undefined);
      setUrl(saved.url);
      setToken('');
      setHasToken(true);
      setNotice({ intent: 'success', text: t('settings.saved') });
      onChange(saved);
    } catch {
      setNotice({ intent: 'error', text: t('settings.error.storage') });
    }
  };

  const runCheck = async () => {
    const settings = current();
    if (!settings) return;
    setChecking(true);
    setNotice({ intent: 'info', text: t('settings.checking') });
    try {
      setNotice(connectionNotice(await check(settings), t, origin));
    } finally {
      setChecking(false);
    }
  };

  const clear = () => {
    store.clear();
    setUrl('');
    setToken('');
    setHasToken(false);
    setUrlProblem(undefined);
    setTokenMissing(false);
    setNotice({ intent: 'info', text: t('settings.cleared') });
    onChange(undefined);
  };

  return (
    <section className="zan-settings" aria-labelledby={`${intro}-title`} aria-describedby={intro}>
      <Text as="h2" id={`${intro}-title`} weight="semibold" size={300}>
        {t('settings.title')}
      </Text>
      <Text as="p" id={intro} size={200}>
        {t('settings.intro')}
      </Text>
      <form
        className="zan-settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Field
          label={t('settings.url')}
          validationState={urlProblem ? 'error' : 'none'}
          validationMessage={urlProblem ? t(URL_PROBLEM[urlProblem]) : undefined}
        >
          <Input type="url" value={url} placeholder="https://zan.example.kz" autoComplete="url" onChange={(_, d) => setUrl(d.value)} />
        </Field>
        <Field
          label={t('settings.token')}
          hint={hasToken ? t('settings.tokenSaved') : t('settings.tokenHint')}
          validationState={tokenMissing ? 'error' : 'none'}
          validationMessage={tokenMissing ? t('settings.error.tokenEmpty') : undefined}
        >
          <Input
            type="password"
            value={token}
            placeholder={hasToken ? '••••••••' : ''}
            autoComplete="off"
            spellCheck={false}
            onChange={(_, d) => setToken(d.value)}
          />
        </Field>
        <div className="zan-actions">
          <Button type="submit" size="small" appearance="primary">
            {t('settings.save')}
          </Button>
          <Button type="button" size="small" disabled={checking} onClick={() => void runCheck()}>
            {t('settings.check')}
          </Button>
          {(hasToken || url) && (
            <Button type="button" size="small" appearance="subtle" onClick={clear}>
              {t('settings.clear')}
            </Button>
          )}
          {checking && <Spinner size="tiny" aria-label={t('settings.checking')} />}
        </div>
      </form>
      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
