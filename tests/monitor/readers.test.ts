import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { linesOf, paragraphsFromLines } from '../../src/app/monitor/pdf';
import { readActFile } from '../../src/app/monitor/readers';

describe('PDF text layer → paragraphs (the adilet layout: margin at 42 pt, first lines indented)', () => {
  test('pieces on one baseline form a line, read left to right, words apart when they do not touch', () => {
    const lines = linesOf([
      { str: '256-VIII', x: 42, y: 385.1, width: 40 },
      { str: '(вводится в действие', x: 95.3, y: 385.1, width: 120 },
      { str: 'Статья 1.', x: 42, y: 400, width: 50 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Статья 1.', '256-VIII (вводится в действие']);
  });

  test('indents, unit labels and closed sentences start paragraphs; a broken line joins; a hyphen at the break is kept', () => {
    const L = (text: string, x = 42) => ({ text, x });
    const paragraphs = paragraphsFromLines([
      [
        L('Статья 5. Порядок регистрации'),
        L('1. Регистрация производится органом', 63),
        L('регистрации по месту жительства;'),
        L('2) в случаях, предусмотренных статьей 407-', 70),
        L('1 настоящего Кодекса.'),
        L('Сноска. Статья 5 с изменением, внесенным Законом РК от 09.01.2026', 63),
        L('№ 256-VIII.'),
      ],
      [L('Глава 2. ЗАКЛЮЧЕНИЕ БРАКА'), L('Статья 6. Условия')],
    ]);
    expect(paragraphs).toEqual([
      'Статья 5. Порядок регистрации',
      '1. Регистрация производится органом регистрации по месту жительства;',
      '2) в случаях, предусмотренных статьей 407-1 настоящего Кодекса.',
      'Сноска. Статья 5 с изменением, внесенным Законом РК от 09.01.2026 № 256-VIII.',
      'Глава 2. ЗАКЛЮЧЕНИЕ БРАКА',
      'Статья 6. Условия',
    ]);
  });
});

describe('text readers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-readers-'));
  test('.txt: one paragraph a line; a leading "# …" header is not text of the act but read for requisites', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, '# Закон РК от 5 мая 2020 года № 1-VII (редакция на 01.02.2025)\n\nО контроле\r\nСтатья 1. Общие\n');
    const read = await readActFile(file);
    expect(read.model.paragraphs.map((p) => p.text)).toEqual(['', '', 'О контроле', 'Статья 1. Общие']);
    expect(read.header).toEqual(['Закон РК от 5 мая 2020 года № 1-VII (редакция на 01.02.2025)']);
  });

  test('.md: the front matter becomes empty lines, heading and emphasis marks go', async () => {
    const file = path.join(dir, 'b.md');
    writeFileSync(file, '---\nprovenance: "Заң, 10.01.2025 редакциясы"\n---\n# Бақылау туралы\n\n*Ескерту. Кіріспе алып тасталды.*\n### 1-бап. Жалпы\n');
    const read = await readActFile(file);
    expect(read.model.paragraphs.map((p) => p.text)).toEqual(['', '', '', 'Бақылау туралы', '', 'Ескерту. Кіріспе алып тасталды.', '1-бап. Жалпы']);
    expect(read.header).toEqual(['Заң, 10.01.2025 редакциясы']);
  });

  test('unreadable inputs say why', async () => {
    writeFileSync(path.join(dir, 'c.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    await expect(readActFile(path.join(dir, 'c.txt'))).rejects.toThrow('not UTF-8 text');
    writeFileSync(path.join(dir, 'd.txt'), '\n  \n');
    await expect(readActFile(path.join(dir, 'd.txt'))).rejects.toThrow('the act is empty');
    await expect(readActFile(path.join(dir, 'missing.txt'))).rejects.toThrow('no such file');
    writeFileSync(path.join(dir, 'e.docx'), 'not a zip');
    await expect(readActFile(path.join(dir, 'e.docx'))).rejects.toThrow(/./);
  });
});
