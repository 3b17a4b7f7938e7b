/** The demo's in-memory document, shown under the pane: tracked insertions, deletions and comments. */
import { Text } from '@fluentui/react-components';
import { memo } from 'react';
import type { FakeWordDocument } from '../../hosts/word/fake/fakeWord';
import type { Translate } from '../../i18n';

/**
 * Re-rendered only when Word ran commands since (`revision`: its sync count): a review of a long
 * draft sets the session's state many times, and the view of 1,500 paragraphs need not follow.
 */
export const DemoDocument = memo(function DemoDocument({ word, t, revision }: { word: FakeWordDocument; t: Translate; revision: number }) {
  const comments = word.commentList();
  return (
    <section className="zan-demo-doc" aria-label={t('demo.document')} data-revision={revision}>
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
});
