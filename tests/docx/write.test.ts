import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Hunk, PlannedComment, ReviewPlan } from '../../src/core/plan-types';
import { buildDocx } from '../../src/hosts/docx/build';
import { readDocx, type DocxDocument } from '../../src/hosts/docx/read';
import { applyPlan } from '../../src/hosts/docx/write';
import { appliedHunks, countRevisions, paragraphTexts, revisionInvariants } from '../support/revisions';
import { documentXml, docxWithBody, humanDel, humanIns, para, partText, partsOf, run } from './fixtures';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const DATE = new Date('2026-11-25T10:00:00Z');

/** A hunk replacing the first occurrence of `word` in paragraph `p`. */
function replace(doc: DocxDocument, p: number, word: string, inserted: string, findingId: string): Hunk {
  const text = doc.model.paragraphs[p].text;
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" not in paragraph ${p}`);
  return { paragraph: p, start, end: start + word.length, deleted: word, inserted, findingId };
}

function comment(doc: DocxDocument, p: number, quote: string, text: string, findingId: string): PlannedComment {
  const start = doc.model.paragraphs[p].text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in paragraph ${p}`);
  return { paragraph: p, start, end: start + quote.length, quote, text, findingId };
}

function plan(hunks: Hunk[], comments: PlannedComment[] = []): ReviewPlan {
  return { hunks, comments, skipped: [], findings: [] };
}

describe('applyPlan on an evaluation draft', () => {
  const input = readFileSync(path.join(SHARED, 'eval', 'dev-ru-new-law.docx'));

  it('writes comments and tracked changes whose reject-all/accept-all views are the input and the suggestion', async () => {
    const doc = await readDocx(input, { source: 'dev-ru-new-law.docx' });
    const ps = doc.model.paragraphs;
    const target = ps.findIndex((p) => p.text.includes(' вправе '));
    const other = ps.findIndex((p, i) => i > target && p.text.length > 40);
    const hunks = [replace(doc, target, 'вправе', 'обязан', 'f1'), replace(doc, other, ps[other].text.split(' ')[1], 'заменено', 'f2')];
    const comments = [comment(doc, target, 'вправе', '[Zan] Дискреция без критериев.\nУкажите основания.', 'f1'), comment(doc, 0, ps[0].text.slice(0, 5), '[Zan] Заголовок', 'f3')];
    const p = plan(hunks, comments);
    const { data, result } = await applyPlan(doc, p, { date: DATE });
    expect(result).toEqual({ commentsAdded: 2, hunksApplied: 2, stale: [], skipped: [] });
    const inv = await revisionInvariants(input, data, appliedHunks(p, result));
    expect(inv.original).toEqual(inv.expectedOriginal);
    expect(inv.accepted).toEqual(inv.expectedAccepted);
    expect(inv.accepted[target]).toContain(' обязан ');
    expect(await countRevisions(data)).toEqual({
      comments: 2,
      insertions: 2,
      deletions: 2,
      byAuthor: { 'Zan Assistant': { comments: 2, insertions: 2, deletions: 2 } },
    });
    const commentsXml = (await partText(data, 'word/comments.xml'))!;
    expect(commentsXml).toContain('w:author="Zan Assistant"');
    expect(commentsXml).toContain('w:initials="ZA"');
    expect(commentsXml).toContain('w:date="2026-11-25T10:00:00Z"');
    expect(commentsXml).toContain('Укажите основания.');
    expect(await partText(data, '[Content_Types].xml')).toContain('PartName="/word/comments.xml"');
    expect(await partText(data, 'word/_rels/document.xml.rels')).toMatch(/relationships\/comments" Target="comments.xml"/);
  });

  it('touches nothing else: other parts byte-identical, untouched paragraphs and the XML declaration as they were', async () => {
    const doc = await readDocx(input);
    const { data } = await applyPlan(doc, plan([replace(doc, 5, doc.model.paragraphs[5].text.split(' ')[0], 'Иное', 'f1')]), { date: DATE });
    const before = await partsOf(input);
    const after = await partsOf(data);
    for (const [name, bytes] of before) {
      if (['word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'].includes(name)) continue;
      expect([name, Buffer.from(after.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    const oldXml = Buffer.from(before.get('word/document.xml')!).toString('utf8');
    const newXml = Buffer.from(after.get('word/document.xml')!).toString('utf8');
    const paras = (xml: string) => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g)!;
    const [o, n] = [paras(oldXml), paras(newXml)];
    expect(n.length).toBe(o.length);
    expect(n.filter((x, i) => x !== o[i]).length).toBe(1);
    expect(n[5]).not.toBe(o[5]);
    expect(newXml.slice(0, oldXml.indexOf('<w:body>'))).toBe(oldXml.slice(0, oldXml.indexOf('<w:body>')));
  });

  it('skips stale anchors and lists them, writing nothing for that finding', async () => {
    const doc = await readDocx(input);
    const good = replace(doc, 3, doc.model.paragraphs[3].text.split(' ')[0], 'Новое', 'good');
    const stale: Hunk = { ...replace(doc, 4, doc.model.paragraphs[4].text.split(' ')[0], 'X', 'stale'), deleted: 'не то слово' };
    const staleComment: PlannedComment = { ...comment(doc, 6, doc.model.paragraphs[6].text.slice(0, 4), '[Zan] x', 'stale-c'), quote: 'иное' };
    const outside: Hunk = { paragraph: 9999, start: 0, end: 1, deleted: 'a', inserted: 'b', findingId: 'gone' };
    const withComment = comment(doc, 4, doc.model.paragraphs[4].text.slice(0, 3), '[Zan] комментарий к устаревшей находке', 'stale');
    const { data, result } = await applyPlan(doc, plan([good, stale, outside], [staleComment, withComment]), { date: DATE });
    expect(result.stale.sort()).toEqual(['gone', 'stale', 'stale-c']);
    expect(result.hunksApplied).toBe(1);
    expect(result.commentsAdded).toBe(0);
    expect((await paragraphTexts(data, 'accepted'))[4]).toBe(doc.model.paragraphs[4].text);
  });

  it('does not change the DocxDocument it was given: applying twice gives the same package', async () => {
    const doc = await readDocx(input);
    const p = plan([replace(doc, 3, doc.model.paragraphs[3].text.split(' ')[0], 'Новое', 'f')], [comment(doc, 3, doc.model.paragraphs[3].text.slice(0, 3), '[Zan] к', 'f')]);
    const a = await applyPlan(doc, p, { date: DATE });
    const b = await applyPlan(doc, p, { date: DATE });
    expect(await paragraphTexts(b.data, 'accepted')).toEqual(await paragraphTexts(a.data, 'accepted'));
    expect(await countRevisions(b.data)).toEqual(await countRevisions(a.data));
  });
});

describe('applyPlan copies the unchanged stretches of document.xml as stored', () => {
  it('keeps the byte-order mark and every byte around two changed paragraphs among multi-byte text', async () => {
    const texts = ['Статья 1. Қазақстан 𝄞 «кавычки» & <теги>', 'Второй абзац вправе 😀 иное', 'Үшінші абзац', 'Четвёртый абзац вправе ©', 'Последний'];
    const body = texts.map((t) => para(run(t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))).join('');
    const xml = documentXml(body);
    const input = await docxWithBody('', { documentXml: `\uFEFF${xml}` });
    const doc = await readDocx(input);
    expect(doc.document.bom).toBe(true);
    const { data } = await applyPlan(doc, plan([replace(doc, 1, 'вправе', 'обязан', 'f1')], [comment(doc, 3, 'вправе', '[Zan] к', 'f2')]), { date: DATE });
    const stored = Buffer.from((await partsOf(data)).get('word/document.xml')!);
    expect([...stored.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const out = stored.subarray(3).toString('utf8');
    const paras = (x: string) => x.match(/<w:p[ >][\s\S]*?<\/w:p>/g)!;
    const [o, n] = [paras(xml), paras(out)];
    expect(n.map((x, i) => x === o[i])).toEqual([true, false, true, false, true]);
    expect(out.slice(0, out.indexOf('<w:p>'))).toBe(xml.slice(0, xml.indexOf('<w:p>')));
    expect(out.slice(out.lastIndexOf('</w:p>'))).toBe(xml.slice(xml.lastIndexOf('</w:p>')));
    const accepted = await paragraphTexts(data, 'accepted');
    expect(accepted).toEqual([texts[0], 'Второй абзац обязан 😀 иное', texts[2], texts[3], texts[4]]);
  });
});

describe('applyPlan next to human tracked changes', () => {
  async function fixture() {
    const body =
      para(`${run('Срок рассмотрения ')}${humanDel(1, 'десять')}${humanIns(2, 'пятнадцать')}${run(' рабочих дней со дня подачи.', '<w:b/>')}`) + para(run('Вторая статья.'));
    const data = await docxWithBody(body);
    return { data, doc: await readDocx(data) };
  }

  it('writes elsewhere in the same paragraph and keeps the human revisions untouched', async () => {
    const { data, doc } = await fixture();
    expect(doc.model.paragraphs[0].text).toBe('Срок рассмотрения пятнадцать рабочих дней со дня подачи.');
    const p = plan([replace(doc, 0, 'рабочих', 'календарных', 'f1')], [comment(doc, 0, 'Срок', '[Zan] срок', 'f2')]);
    const out = await applyPlan(doc, p, { date: DATE });
    expect(out.result.hunksApplied).toBe(1);
    expect(out.result.commentsAdded).toBe(1);
    const inv = await revisionInvariants(data, out.data, appliedHunks(p, out.result));
    expect(inv.original).toEqual(['Срок рассмотрения десять рабочих дней со дня подачи.', 'Вторая статья.']);
    expect(inv.original).toEqual(inv.expectedOriginal);
    expect(inv.accepted).toEqual(inv.expectedAccepted);
    const xml = (await partText(out.data, 'word/document.xml'))!;
    expect(xml).toContain(humanDel(1, 'десять'));
    expect(xml).toContain(humanIns(2, 'пятнадцать'));
    // The bold run was split: both halves and the inserted words keep w:b.
    expect(xml).toMatch(/<w:ins [^>]*w:author="Zan Assistant"[^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">календарных<\/w:t>/);
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve"> дней со дня подачи.<\/w:t><\/w:r>/);
    const counts = await countRevisions(out.data);
    expect(counts.byAuthor['Айгерим']).toEqual({ comments: 0, insertions: 1, deletions: 1 });
    expect(counts.byAuthor['Zan Assistant']).toEqual({ comments: 1, insertions: 1, deletions: 1 });
  });

  it('skips a hunk or comment inside or across a human change, with the reason', async () => {
    const { doc } = await fixture();
    const inside = replace(doc, 0, 'пятнадцать', 'двадцать', 'inside');
    const across = replace(doc, 0, 'рассмотрения пятнадцать', 'x', 'across');
    const overDeletion = replace(doc, 0, 'рассмотрения пятнадцать', 'y', 'over-del'); // the human w:del sits inside
    const c = comment(doc, 0, 'пятнадцать рабочих', '[Zan] c', 'comment-across');
    const out = await applyPlan(doc, plan([inside], [c]), { date: DATE });
    expect(out.result.skipped).toEqual([
      { findingId: 'inside', reason: 'human-revision' },
      { findingId: 'comment-across', reason: 'human-revision' },
    ]);
    expect(out.result.hunksApplied + out.result.commentsAdded).toBe(0);
    const out2 = await applyPlan(doc, plan([across]), { date: DATE });
    expect(out2.result.skipped).toEqual([{ findingId: 'across', reason: 'human-revision' }]);
    const text = doc.model.paragraphs[0].text;
    const s = text.indexOf('рассмотрения ') + 'рассмотрения'.length; // the human deletion sits after this space
    const out3 = await applyPlan(doc, plan([{ ...overDeletion, start: s - 4, end: s + 2, deleted: text.slice(s - 4, s + 2) }]), { date: DATE });
    expect(out3.result.skipped[0]).toEqual({ findingId: 'over-del', reason: 'human-revision' });
  });
});

describe('applyPlan details', () => {
  it('keeps existing human comments and numbers new ids above every existing one', async () => {
    const input = readFileSync(path.join(SHARED, 'realdocx', 'python-docx__comments-rich-para.docx'));
    const doc = await readDocx(input);
    const i = doc.model.paragraphs.findIndex((p) => p.text.length > 10);
    const before = (await countRevisions(input)).comments;
    const p = plan([replace(doc, i, doc.model.paragraphs[i].text.split(' ')[0], 'Иной', 'h')], [comment(doc, i, doc.model.paragraphs[i].text.slice(0, 4), '[Zan] c', 'c')]);
    const out = await applyPlan(doc, p, { date: DATE });
    expect(out.result.commentsAdded).toBe(1);
    expect((await countRevisions(out.data)).comments).toBe(before + 1);
    const xml = (await partText(out.data, 'word/document.xml'))!;
    const ids = [...xml.matchAll(/<w:(?:ins|del|commentRangeStart) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const inv = await revisionInvariants(input, out.data, appliedHunks(p, out.result));
    expect(inv.original).toEqual(inv.expectedOriginal);
    expect(inv.accepted).toEqual(inv.expectedAccepted);
  });

  it('writes back into a strict OOXML package with its own namespaces', async () => {
    const input = readFileSync(path.join(SHARED, 'realdocx', 'mammoth__strict-format.docx'));
    const doc = await readDocx(input);
    const p = plan([{ paragraph: 0, start: 0, end: 4, deleted: 'Test', inserted: 'Тест', findingId: 'h' }], [comment(doc, 0, 'Test', '[Zan] c', 'h')]);
    const out = await applyPlan(doc, p, { date: DATE });
    expect(await paragraphTexts(out.data, 'original')).toEqual(['Test']);
    expect(await paragraphTexts(out.data, 'accepted')).toEqual(['Тест']);
    expect(await partText(out.data, 'word/comments.xml')).toContain('xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"');
    expect(await partText(out.data, 'word/_rels/document.xml.rels')).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/comments"');
    expect((await countRevisions(out.data)).comments).toBe(1);
  });

  it('handles insertions at the start and end, pure deletions, tabs and line breaks in inserted text', async () => {
    const input = await buildDocx([{ text: 'один два три', runs: [{ text: 'один ', italic: true }, { text: 'два' }, { text: ' три', bold: true }] }]);
    const doc = await readDocx(input);
    const hunks: Hunk[] = [
      { paragraph: 0, start: 0, end: 0, deleted: '', inserted: '1)\t', findingId: 'a' },
      { paragraph: 0, start: 5, end: 8, deleted: 'два', inserted: '', findingId: 'b' },
      { paragraph: 0, start: 8, end: 8, deleted: '', inserted: 'x\ny', findingId: 'c' },
      { paragraph: 0, start: 12, end: 12, deleted: '', inserted: '.', findingId: 'd' },
    ];
    const p = plan(hunks, [{ paragraph: 0, start: 5, end: 12, quote: 'два три', text: '[Zan] c', findingId: 'e' }]);
    const out = await applyPlan(doc, p, { date: DATE });
    expect(out.result.hunksApplied).toBe(4);
    expect(await paragraphTexts(out.data, 'original')).toEqual(['один два три']);
    expect(await paragraphTexts(out.data, 'accepted')).toEqual(['1)\tодин x\ny три.']);
  });

  it('leaves alone the result of a field that runs over paragraphs (a table of contents), and writes after its end', async () => {
    const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const input = await docxWithBody(
      para(`${fld('begin')}<w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r>${fld('separate')}${run('Глава первая')}`) +
        para(run('Глава вторая')) +
        para(`${run('Глава третья')}${fld('end')}`) +
        para(run('Статья первая')),
    );
    const doc = await readDocx(input);
    const hunk = (p: number, word: string, id: string): Hunk => replace(doc, p, word, 'пятая', id);
    const out = await applyPlan(doc, plan([hunk(1, 'вторая', 'in-toc'), hunk(2, 'третья', 'toc-end'), hunk(3, 'первая', 'after')]), { date: DATE });
    expect(out.result.skipped).toEqual([
      { findingId: 'in-toc', reason: 'field' },
      { findingId: 'toc-end', reason: 'field' },
    ]);
    expect(out.result.hunksApplied).toBe(1);
    expect(await paragraphTexts(out.data, 'accepted')).toEqual(['Глава первая', 'Глава вторая', 'Глава третья', 'Статья пятая']);
  });

  it('returns the input unchanged when nothing can be written', async () => {
    const input = await buildDocx(['текст']);
    const doc = await readDocx(input);
    const out = await applyPlan(doc, plan([{ paragraph: 0, start: 0, end: 1, deleted: 'Ж', inserted: 'x', findingId: 's' }]));
    expect(out.data).toBe(input);
    expect(out.result.stale).toEqual(['s']);
  });
});
