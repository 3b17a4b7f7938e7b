/**
 * The conflict pre-pass: which clauses of different articles travel together. Russian and Kazakh,
 * clauses that must be linked and clauses that must not.
 */
import { linkClauses, referencedArticles, valueKindsOf } from '../../src/engine/claude/links';
import { actRankOf } from '../../src/protocol/review';
import { unit } from './helpers';

const linked = (texts: string[]): number[][] => {
  const units = texts.map((t, i) => unit(i + 1, `a${i + 1}`, t));
  const links = linkClauses(units);
  return units.map((u) => links.of(u.paragraph).map((o) => o.paragraph));
};

test.each([
  ['ru: two deadlines for one application', ['Заявление о выдаче лицензии рассматривается в течение десяти рабочих дней.', 'Лицензиар рассматривает заявление о выдаче лицензии в течение тридцати календарных дней.']],
  ['ru: two ages for one right', ['Право на получение пособия возникает с возраста 18 лет.', 'Пособие назначается гражданам, достигшим возраста 21 года.']],
  ['kk: two deadlines for one application', ['Лицензия беру туралы өтініш он жұмыс күні ішінде қаралады.', 'Лицензиар лицензия беру туралы өтінішті отыз күнтізбелік күн ішінде қарайды.']],
  ['ru: a reference to another article', ['Порядок согласно статье 2 настоящего Закона.', 'Документы представляются на бумажном носителе.']],
  ['kk: a reference to another article', ['Осы Заңның 2-бабында көзделген тәртіппен.', 'Құжаттар қағаз жеткізгіште ұсынылады.']],
])('links %s', (_name, texts) => {
  expect(linked(texts)).toEqual([[2], [1]]);
});

test.each([
  ['ru: deadlines for different matters', ['Заявление о выдаче лицензии рассматривается в течение десяти рабочих дней.', 'Жалоба на действия инспектора рассматривается в течение тридцати календарных дней.']],
  ['ru: same subject, no value set', ['Лицензиар выдает лицензию заявителю.', 'Лицензия выдается в электронной форме.']],
  ['kk: different matters', ['Лицензия беру туралы өтініш он жұмыс күні ішінде қаралады.', 'Инспектордың әрекетіне шағым отыз күн ішінде қаралады.']],
])('does not link %s', (_name, texts) => {
  expect(linked(texts)).toEqual([[], []]);
});

test('value kinds and references are read in both languages', () => {
  expect([...valueKindsOf('штраф в размере 10 месячных расчетных показателей')]).toEqual(['amount']);
  expect([...valueKindsOf('ставка 12 процентов')]).toEqual(['percentage']);
  expect([...valueKindsOf('он бес жұмыс күні ішінде')]).toEqual(['deadline']);
  expect(referencedArticles('в соответствии со статьей 15 настоящего Кодекса')).toEqual(['15']);
  expect(referencedArticles('осы Кодекстің 15-бабына сәйкес')).toEqual(['15']);
});

test('the act rank for hierarchy checks', () => {
  expect(actRankOf({ kind: 'new-law', title: 'Конституционный закон Республики Казахстан О выборах' })).toBe('constitutional-law');
  expect(actRankOf({ kind: 'new-law', title: 'Кодекс Республики Казахстан О браке (супружестве) и семье' })).toBe('code');
  expect(actRankOf({ kind: 'amending', title: 'О внесении изменений в некоторые законодательные акты' })).toBe('law');
  expect(actRankOf({ kind: 'bylaw', title: 'Об утверждении Правил' })).toBe('bylaw');
  expect(actRankOf({ kind: 'new-law', title: 'Сайлау туралы Қазақстан Республикасының Конституциялық заңы' })).toBe('constitutional-law');
});
