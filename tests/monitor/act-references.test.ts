/**
 * References to other acts in monitoring: the review's reference rule, in Russian and Kazakh, minus
 * what an act in force says on purpose (naming the act it replaced, in its transitional provisions).
 */
import { docFromLines } from '../../src/core/document';
import { sweepAct } from '../../src/app/monitor/sweepAct';
import { loadCorpus } from '../../src/corpus';
import { QueryIndex, resolutionQueries } from '../../src/monitor/resolutionQueries';

const settings = { checks: 'monitoring' as const, corpus: loadCorpus(), queries: new QueryIndex(resolutionQueries()) };
const sweep = (lines: string[]) => sweepAct({ model: docFromLines(lines), format: 'txt', header: [] }, 'act.txt', settings).findings.filter((f) => f.kind === 'act-reference');

describe('act references in a monitoring sweep', () => {
  test('kk: a repealed law named by its title, with the act that replaced it', () => {
    const found = sweep([
      'Мемлекеттік бақылау туралы',
      'Қазақстан Республикасының 2020 жылғы 5 мамырдағы № 100-VII Заңы.',
      '1-бап. Негізгі ережелер',
      '1. Актілер «Нормативтік құқықтық актілер туралы» Қазақстан Республикасының Заңына сәйкес қабылданады.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ anchor: { paragraph: 3, quote: '«Нормативтік құқықтық актілер туралы»' }, replacement: '«Құқықтық актілер туралы»', language: 'kk' });
  });

  test('ru: a code naming the code it replaced, in its transitional provisions, is not a finding', () => {
    const lines = [
      'ЭКОЛОГИЧЕСКИЙ КОДЕКС РЕСПУБЛИКИ КАЗАХСТАН',
      'Кодекс Республики Казахстан от 2 января 2021 года № 400-VI ЗРК.',
      'Статья 418. Переходные положения',
      '5. Комплексные экологические разрешения, выданные до 1 июля 2021 года в соответствии с Экологическим кодексом Республики Казахстан от 9 января 2007 года, сохраняют свою силу до 1 января 2031 года.',
    ];
    expect(sweep(lines)).toEqual([]);
    // Another act citing the same repealed code is still told.
    const other = sweep([lines[0].replace('ЭКОЛОГИЧЕСКИЙ', 'ВОДНЫЙ'), 'Кодекс Республики Казахстан от 9 апреля 2025 года № 178-VIII.', ...lines.slice(2)]);
    expect(other).toHaveLength(1);
    expect(other[0].anchor.quote).toBe('от 9 января 2007 года');
  });
});
