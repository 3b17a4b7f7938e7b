/** The demo's in-memory document, shown under the pane: tracked insertions, deletions and comments. */
import { Text } from '@fluentui/react-components';
import { memo } from 'react';
import type { FakeWordDocument } from '../../hosts/word/fake/fakeWord';
import type { Translate } from '../../i18n';

type Segment = { text: string; kind: 'plain' | 'ins' | 'del' };

/**
 * Re-rendered only when Word ran commands since (`revision`: its sync count): a review of a long
 * draft sets the session's state many times, and the view of 1,500 paragraphs need not follow.
 * Within a revision only the paragraphs whose words or comments changed are rendered again: one
 * comment must not rebuild (and re-lay out) the whole draft under the pane.
 */
export const DemoDocument = memo(function DemoDocument({ word, t, revision }: { word: FakeWordDocument; t: Translate; revision: number }) {
  const comments = new Map<number, string[]>();
  for (const c of word.commentList()) comments.set(c.paragraph, [...(comments.get(c.paragraph) ?? []), c.content]);
  return (
    <section className="zan-demo-doc" aria-label={t('demo.document')} data-revision={revision}>
      <Text as="h2" weight="semibold" size={300}>
        {t('demo.document')}
      </Text>
      {word.paragraphs.map((_, i) => (
        <DemoParagraph key={i} index={i} segments={word.segments(i)} comments={comments.get(i) ?? NONE} />
      ))}
    </section>
  );
});

const NONE: readonly string[] = [];

const DemoParagraph = memo(
  function DemoParagraph({ index, segments, comments }: { index: number; segments: Segment[]; comments: readonly string[] }) {
    return (
      <p data-paragraph={index}>
        {segments.map((s, k) => (s.kind === 'ins' ? <ins key={k}>{s.text}</ins> : s.kind === 'del' ? <del key={k}>{s.text}</del> : <span key={k}>{s.text}</span>))}
        {comments.map((c, k) => (
          <aside key={k} className="zan-demo-comment">
            {c}
          </aside>
        ))}
      </p>
    );
  },
  // Segments and comments are read afresh each revision: equal content is an unchanged paragraph.
  (a, b) => a.index === b.index && sameList(a.segments, b.segments, (x, y) => x.kind === y.kind && x.text === y.text) && sameList(a.comments, b.comments, Object.is),
);

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i]));
}
