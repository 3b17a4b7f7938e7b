/** A small hand-built Act (the parser is tested elsewhere) and findings on it, for report tests. */
import type { Act, Unit } from '../../src/core/act/types';
import { docFromLines } from '../../src/core/document';
import type { Finding } from '../../src/core/finding';

export const RU_LINES = [
  'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
  'О специализированных стоянках',
  'Статья 1. Основные понятия',
  '1. Уполномоченный орган вправе отказать в разумный срок.',
  '2. Документы: паспорт, справка и т.д.',
  'Статья 2. Порядок эвакуации',
  '1. Эвакуация производится в соответствии со статьей 25 настоящего Закона.',
];

/** The innermost unit of each line of RU_LINES, as the parser would give it. */
const UNIT_OF_LINE = [undefined, undefined, 'a1', 'a1/i1', 'a1/i2', 'a2', 'a2/i1'];

function unit(id: string, kind: Unit['kind'], number: string, paragraph: number, lastParagraph: number, extra: Partial<Unit> = {}): Unit {
  return { id, kind, number, paragraph, lastParagraph, textStart: 0, path: '', children: [], ...extra };
}

export function ruAct(lines: string[] = RU_LINES): Act {
  const a1 = unit('a1', 'article', '1', 2, 4, { heading: 'Основные понятия', path: 'ст. 1' });
  const a1i1 = unit('a1/i1', 'item', '1', 3, 3, { path: 'ст. 1 п. 1' });
  const a1i2 = unit('a1/i2', 'item', '2', 4, 4, { path: 'ст. 1 п. 2' });
  const a2 = unit('a2', 'article', '2', 5, 6, { heading: 'Порядок эвакуации', path: 'ст. 2' });
  const a2i1 = unit('a2/i1', 'item', '1', 6, 6, { path: 'ст. 2 п. 1' });
  a1.children = [a1i1, a1i2];
  a2.children = [a2i1];
  const units = Object.fromEntries([a1, a1i1, a1i2, a2, a2i1].map((u) => [u.id, u]));
  return {
    doc: docFromLines(lines, 'draft.docx'),
    language: 'ru',
    kind: 'new-law',
    typeLine: lines[0],
    title: lines[1],
    body: [a1, a2],
    units,
    paragraphs: lines.map((_, i) => (i < 2 ? { role: 'title' } : { role: 'norm', unitId: UNIT_OF_LINE[i] })),
    crossReferences: [],
    externalReferences: [],
    definitions: [],
    abbreviations: [],
    amendments: [],
    quotes: [],
  };
}

export function at(act: Act, paragraph: number, quote: string, extra: Partial<Finding> = {}): Finding {
  const text = act.doc.paragraphs[paragraph]!.text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`«${quote}» not in paragraph ${paragraph}`);
  return {
    id: `test:${paragraph}:${start}`,
    ruleId: 'anticorruption/discretion',
    category: 'anticorruption',
    severity: 'warning',
    unit: '',
    ...(act.paragraphs[paragraph]?.unitId ? { unitId: act.paragraphs[paragraph]!.unitId } : {}),
    anchor: { paragraph, start, end: start + quote.length, quote },
    message: 'Сообщение',
    rationale: 'Обоснование',
    citations: [],
    engine: 'local',
    language: 'ru',
    ...extra,
  };
}

export function sampleFindings(act: Act): Finding[] {
  return [
    at(act, 3, 'вправе', { unit: 'ст. 1 п. 1', message: 'Усмотрение без критериев.', replacement: 'обязан' }),
    at(act, 3, 'в разумный срок', { unit: 'ст. 1 п. 1', message: 'Неопределённый срок.', replacement: 'в течение десяти рабочих дней' }),
    at(act, 4, ' и т.д.', { unit: 'ст. 1 п. 2', category: 'technique', ruleId: 'technique/open-list', message: 'Открытый перечень.', replacement: '' }),
    at(act, 6, 'статьей 25', {
      unit: 'ст. 2 п. 1',
      category: 'crossref',
      severity: 'error',
      ruleId: 'crossref/missing-unit',
      message: 'Статьи 25 в законе нет.',
      citations: [{ id: 'lla:24.3', label: 'Закон «О правовых актах», ст. 24 п. 3', url: 'https://adilet.zan.kz/rus/docs/Z1600000480' }],
    }),
    at(act, 1, 'стоянках', { category: 'terms', severity: 'info', ruleId: 'terms/x', message: 'Инфо.' }),
  ];
}
