import type { Finding } from '../../src/core/finding';
import { appliedBy, commentMessage, commentedBy } from '../../src/taskpane/marks';
import { groupFindings, listRows } from '../../src/taskpane/findings';
import { articleLookup } from '../../src/core/act/articles';
import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'r:1:0',
  ruleId: 'r',
  category: 'technique',
  severity: 'warning',
  unit: 'ст. 3 п. 2',
  anchor: { paragraph: 1, start: 0, end: 6, quote: ' и т.д.' },
  message: 'Открытый перечень',
  rationale: '',
  citations: [],
  replacement: '',
  ...over,
});

describe('the assistant’s comments read back from the document', () => {
  it('takes the message line whatever separates the comment’s paragraphs (\\n, \\r, \\v)', () => {
    for (const sep of ['\n', '\r', '\v', '\r\n']) expect(commentMessage(`[Zan] Открытый перечень${sep}Основание: …`)).toBe('Открытый перечень');
    expect(commentMessage('Открытый перечень')).toBeUndefined();
  });

  it('matches a finding by message and words: its quote, or its replacement once applied', () => {
    const f = finding({ replacement: 'в течение десяти дней', anchor: { paragraph: 1, start: 0, end: 15, quote: 'в разумный срок' }, message: 'Неопределённый срок' });
    const c = (content: string, text: string) => [{ content, text }];
    expect(commentedBy(f, c('[Zan] Неопределённый срок\nОснование', 'в разумный срок'))).toBe(true);
    expect(commentedBy(f, c('[Zan] Неопределённый срок', 'в течение десяти дней'))).toBe(true);
    // Nothing left under the comment counts only for a suggestion to delete the words.
    expect(commentedBy(f, c('[Zan] Неопределённый срок', ''))).toBe(false);
    expect(commentedBy(finding(), c('[Zan] Открытый перечень', ''))).toBe(true);
    expect(commentedBy(f, c('[Zan] Другое замечание', 'в разумный срок'))).toBe(false);
    expect(commentedBy(f, c('[Zan] Неопределённый срок', 'в месячный срок'))).toBe(false);
    expect(commentedBy(f, c('Неопределённый срок', 'в разумный срок'))).toBe(false);
  });
});

describe('the assistant’s fixes read back from the tracked changes', () => {
  // The plan writes word-level edits: "в разумный срок" → "в течение десяти дней" keeps "в ".
  const f = finding({ replacement: 'в течение десяти дней', anchor: { paragraph: 1, start: 0, end: 15, quote: 'в разумный срок' } });
  const del = (text: string, paragraph = 1) => ({ paragraph, type: 'Deleted' as const, text });
  const add = (text: string, paragraph = 1) => ({ paragraph, type: 'Added' as const, text });

  it('matches each edit of the suggestion: its words deleted and the suggested ones inserted, in the finding’s paragraph', () => {
    expect(appliedBy(f, [del('разумный срок'), add('течение десяти дней')])).toBe(true);
    expect(appliedBy(f, [del('разумный срок'), add('месячный срок')])).toBe(false);
    expect(appliedBy(f, [del('разумный срок', 2), add('течение десяти дней', 2)])).toBe(false);
    expect(appliedBy(f, [add('течение десяти дней')])).toBe(false);
    expect(appliedBy(f, [])).toBe(false);
  });

  it('takes Word for Mac’s empty deletion text when the insertion beside it confirms the edit', () => {
    expect(appliedBy(f, [del(''), add('течение десяти дней')])).toBe(true);
    // A suggestion to delete the words: only a deletion of those very words counts.
    expect(appliedBy(finding(), [del(' и т.д.')])).toBe(true);
    expect(appliedBy(finding(), [del('')])).toBe(false);
  });

  it('a finding without a fix is never applied', () => {
    expect(appliedBy(finding({ replacement: undefined }), [del(' и т.д.')])).toBe(false);
  });
});

describe('list rows', () => {
  it('flattens groups into header and finding rows; a collapsed group keeps only its header', () => {
    const doc = docFromLines(['Статья 3. Полномочия', 'Органы организуют освещение и т.д.;', 'Статья 5. Требования', 'Требования к освещению и т.д.']);
    const a = finding({ id: 'a', anchor: { paragraph: 1, start: 27, end: 33, quote: ' и т.д.' } });
    const b = finding({ id: 'b', anchor: { paragraph: 3, start: 22, end: 28, quote: ' и т.д.' } });
    const groups = groupFindings([a, b], 'article', articleLookup(parseAct(doc)));
    expect(listRows(groups, new Set()).map((r) => (r.kind === 'group' ? `# ${r.group.label}` : r.finding.id))).toEqual(['# ст. 3', 'a', '# ст. 5', 'b']);
    expect(listRows(groups, new Set(['a3'])).map((r) => (r.kind === 'group' ? `# ${r.group.label}` : r.finding.id))).toEqual(['# ст. 3', '# ст. 5', 'b']);
  });
});
