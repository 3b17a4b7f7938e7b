/** The demo's in-memory document, shown under the pane: tracked insertions, deletions and comments. */
import { Text } from '@fluentui/react-components';
import type { FakeWordDocument } from '../../hosts/word/fake/fakeWord';
import type { Translate } from '../../i18n';

export function DemoDocument({ word, t, version }: { word: FakeWordDocument; t: Translate; version: number }) {
  const comments = word.commentList();
  return (
    <section className="zan-demo-doc" aria-label={t('demo.document')} data-version={version}>
      <Text as="h2" weight="semibold" size={300}>
        {t('demo.document')}
      </Text>
      {word.paragraphs.map((_, i) => (
        <p key={i} data-paragraph={i}>
          {word.segments(i).map((s, k) =>
            s.kind === 'ins' ? <ins key={k}>{s.text}</ins> : s.kind === 'del' ? <del key={k}>{s.text}</del> : <span key={k}>{s.text}</span>,
          )}
          {comments
            .filter((c) => c.paragraph === i)
            .map((c, k) => (
              <aside key={k} className="zan-demo-comment">
                {c.content}
              </aside>
            ))}
        </p>
      ))}
    </section>
  );
}
