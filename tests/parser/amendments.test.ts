import * as fs from 'fs';
import * as path from 'path';
import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';

describe('Kazakh amending law', () => {
  const lines = fs.readFileSync(path.join(__dirname, 'fixtures', 'kk-amending.txt'), 'utf8').replace(/\n$/, '').split('\n');
  const act = parseAct(docFromLines(lines));
  const at = (p: number) => act.amendments.find((a) => a.range.paragraph === p)!;

  test('kind and instructions with their targets', () => {
    expect(act.kind).toBe('amending');
    expect(at(5)).toMatchObject({ action: 'new-wording', target: { article: '5', item: '2' }, quotes: [0] });
    expect(at(5).act).toMatch(/Әкімшілік құқық бұзушылық туралы кодексіне$/);
    expect(at(7)).toMatchObject({ action: 'add', target: { article: '5', item: '3' }, quotes: [1] });
    expect(at(9)).toMatchObject({ action: 'exclude', target: { article: '7' } });
    expect(at(10)).toMatchObject({ action: 'replace-words', target: { article: '9', item: '1' } });
  });
  test('quoted wordings are units of their own; targets of instructions are not internal references', () => {
    expect(act.quotes.map((q) => q.units.map((u) => u.id))).toEqual([['q0/i2'], ['q1/i3']]);
    expect(act.paragraphs[6]).toMatchObject({ role: 'quote', quote: 0, unitId: 'q0/i2' });
    expect(act.crossReferences.map((r) => r.quote)).toEqual([0]);
    expect(act.paragraphs[12].role).toBe('signature');
  });
});

describe('Russian instruction forms', () => {
  const act = parseAct(
    docFromLines([
      'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
      'О внесении изменений в Закон Республики Казахстан «О тестах»',
      'Статья 1. Внести в Закон Республики Казахстан от 1 июля 2020 года «О тестах» следующие изменения:',
      '1) в подпункте 2) пункта 1 статьи 4 слова «в разумный срок» заменить словами «в течение десяти рабочих дней»;',
      '2) статью 7 исключить;',
      '3) подпункт 3) пункта 2 статьи 9 изложить в следующей редакции: «3) новая редакция;»;',
      'Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.',
    ]),
  );
  test('replace words, exclude, and an inline quoted wording after the colon', () => {
    const at = (p: number) => act.amendments.find((a) => a.range.paragraph === p)!;
    expect(at(3)).toMatchObject({ action: 'replace-words', target: { article: '4', item: '1', subitem: '2' } });
    expect(at(3).act).toBe('Закон Республики Казахстан от 1 июля 2020 года «О тестах»');
    expect(at(4)).toMatchObject({ action: 'exclude', target: { article: '7' } });
    expect(at(5)).toMatchObject({ action: 'new-wording', target: { article: '9', item: '2', subitem: '3' }, quotes: [0] });
    expect(act.quotes[0].units[0]).toMatchObject({ kind: 'subitem', number: '3' });
    expect(act.paragraphs[5]).toMatchObject({ role: 'norm', quote: 0 });
    expect(act.crossReferences).toEqual([]);
  });
});
