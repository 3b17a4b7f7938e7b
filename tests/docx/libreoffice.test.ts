/**
 * LibreOffice as an independent judge of what we write: it must see our tracked changes and
 * comments, show the suggested text with all changes accepted and the input with all rejected,
 * and keep them through its own .docx export. Also every real-world file in ../shared/realdocx:
 * reviewed with the invariants holding, or refused with a DocxError, never a crash.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Hunk, PlannedComment, ReviewPlan } from '../../src/core/plan-types';
import { DocxError } from '../../src/hosts/docx/errors';
import { readDocx } from '../../src/hosts/docx/read';
import { applyPlan } from '../../src/hosts/docx/write';
import { analyzeFodt, convertManyWithLibreOffice, libreOfficeAvailable } from '../support/libreoffice';
import { appliedHunks, countRevisions, paragraphTexts, revisionInvariants } from '../support/revisions';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const DATE = new Date('2026-11-25T10:00:00Z');

/** A comment on the first word and a replacement of the last word of a paragraph with text. */
function planFor(texts: string[], paragraphs: number[]): ReviewPlan {
  const hunks: Hunk[] = [];
  const comments: PlannedComment[] = [];
  for (const p of paragraphs) {
    const words = [...texts[p].matchAll(/[\p{L}\p{N}]+/gu)];
    if (!words.length) continue;
    const first = words[0];
    const last = words[words.length - 1];
    comments.push({ paragraph: p, start: first.index!, end: first.index! + first[0].length, quote: first[0], text: `[Zan] Проверьте «${first[0]}».\nТексеріңіз.`, findingId: `c${p}` });
    hunks.push({ paragraph: p, start: last.index!, end: last.index! + last[0].length, deleted: last[0], inserted: 'ЗАМЕНА', findingId: `h${p}` });
  }
  return { hunks, comments, skipped: [], findings: [] };
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

if (!libreOfficeAvailable()) {
  // Fails loudly rather than skipping: the brief requires LibreOffice verification on this machine.
  it('LibreOffice (soffice) is installed', () => {
    expect(libreOfficeAvailable()).toBe(true);
  });
} else {
  describe('LibreOffice reads what the writer wrote', () => {
    const drafts = ['dev-ru-new-law', 'dev-kk-bylaw', 'dev-ru-autonum'];
    const cases: Array<{ name: string; input: Uint8Array; output: Uint8Array; plan: ReviewPlan; hunks: Hunk[]; comments: number }> = [];
    let fodt: Map<string, Buffer>;
    let roundTrip: Map<string, Buffer>;

    beforeAll(async () => {
      for (const id of drafts) {
        const input = readFileSync(path.join(SHARED, 'eval', `${id}.docx`));
        const doc = await readDocx(input);
        const texts = doc.model.paragraphs.map((p) => p.text);
        const targets = texts.map((t, i) => (t.length > 30 ? i : -1)).filter((i) => i >= 0 && i % 3 === 0).slice(0, 8);
        const plan = planFor(texts, targets);
        const { data, result } = await applyPlan(doc, plan, { date: DATE });
        expect(result.stale).toEqual([]);
        cases.push({ name: `${id}.docx`, input, output: data, plan, hunks: appliedHunks(plan, result), comments: result.commentsAdded });
      }
      const files = cases.map((c) => ({ name: c.name, data: c.output }));
      fodt = await convertManyWithLibreOffice(files, 'fodt');
      roundTrip = await convertManyWithLibreOffice(files, 'docx');
    }, 120000);

    it('counts our insertions, deletions and comments', () => {
      for (const c of cases) {
        const a = analyzeFodt(fodt.get(c.name)!.toString('utf8'));
        expect([c.name, a.byAuthor['Zan Assistant']]).toEqual([c.name, { insertions: c.hunks.length, deletions: c.hunks.length, annotations: c.comments }]);
        expect(c.hunks.length).toBeGreaterThan(3);
      }
    });

    it('shows the input with every change rejected and the suggestion with every change accepted', async () => {
      for (const c of cases) {
        const a = analyzeFodt(fodt.get(c.name)!.toString('utf8'));
        const inv = await revisionInvariants(c.input, c.output, c.hunks);
        expect([c.name, a.paragraphs.map((p) => p.original)]).toEqual([c.name, inv.expectedOriginal]);
        expect([c.name, a.paragraphs.map((p) => p.accepted)]).toEqual([c.name, inv.expectedAccepted]);
      }
    });

    it('keeps w:ins, w:del and comments through its own .docx export', async () => {
      for (const c of cases) {
        const back = roundTrip.get(c.name)!;
        const counts = await countRevisions(back);
        expect([c.name, counts.byAuthor['Zan Assistant']]).toEqual([c.name, { insertions: c.hunks.length, deletions: c.hunks.length, comments: c.comments }]);
        const inv = await revisionInvariants(c.input, c.output, c.hunks);
        expect(await paragraphTexts(back, 'original')).toEqual(inv.expectedOriginal);
        expect(await paragraphTexts(back, 'accepted')).toEqual(inv.expectedAccepted);
      }
    });
  });

  describe('every real-world .docx: reviewed or refused, never a crash', () => {
    const dir = path.join(SHARED, 'realdocx');
    const files = readdirSync(dir).filter((f) => f.endsWith('.docx'));
    const reviewed: Array<{ name: string; input: Uint8Array; output: Uint8Array; paragraph: number; hunks: Hunk[]; commentsBefore: number }> = [];
    const refused = new Map<string, DocxError>();
    let fodt: Map<string, Buffer>;

    beforeAll(async () => {
      for (const name of files) {
        const input = readFileSync(path.join(dir, name));
        let doc;
        try {
          doc = await readDocx(input, { source: name });
        } catch (e) {
          if (!(e instanceof DocxError)) throw new Error(`${name}: crashed with ${(e as Error).stack}`);
          refused.set(name, e);
          continue;
        }
        const texts = doc.model.paragraphs.map((p) => p.text);
        const paragraph = texts.findIndex((t) => /[\p{L}\p{N}]/u.test(t));
        const plan = planFor(texts, paragraph >= 0 ? [paragraph] : []);
        const { data, result } = await applyPlan(doc, plan, { date: DATE });
        reviewed.push({ name, input, output: data, paragraph, hunks: appliedHunks(plan, result), commentsBefore: (await countRevisions(input)).comments });
      }
      fodt = await convertManyWithLibreOffice(
        reviewed.map((r) => ({ name: r.name, data: r.output })),
        'fodt',
      );
    }, 300000);

    it('reads every file or refuses it with a clear message', () => {
      expect(reviewed.length + refused.size).toBe(files.length);
      expect(reviewed.length).toBeGreaterThan(35);
      for (const [name, e] of refused) {
        expect([name, e.code]).toEqual([name, 'empty']);
        expect(e.message).toContain(name);
      }
      expect(refused.has('mammoth__empty.docx')).toBe(true);
      expect(reviewed.map((r) => r.name)).toContain('mammoth__strict-format.docx');
    });

    it('keeps the invariants on every reviewed file', async () => {
      for (const r of reviewed) {
        expect([r.name, r.hunks.length]).toEqual([r.name, 1]);
        const inv = await revisionInvariants(r.input, r.output, r.hunks);
        expect([r.name, inv.original]).toEqual([r.name, inv.expectedOriginal]);
        expect([r.name, inv.accepted]).toEqual([r.name, inv.expectedAccepted]);
      }
    });

    it('LibreOffice opens every reviewed file and recognises our change and comment', async () => {
      for (const r of reviewed) {
        const out = fodt.get(r.name);
        expect([r.name, !!out]).toEqual([r.name, true]);
        const a = analyzeFodt(out!.toString('utf8'));
        expect([r.name, a.byAuthor['Zan Assistant']]).toEqual([r.name, { insertions: 1, deletions: 1, annotations: 1 }]);
        expect([r.name, a.annotations]).toEqual([r.name, r.commentsBefore + 1]);
        const inv = await revisionInvariants(r.input, r.output, r.hunks);
        const lo = a.paragraphs.map((p) => [normalize(p.original), normalize(p.accepted)].join('|'));
        expect([r.name, lo]).toEqual([r.name, expect.arrayContaining([[normalize(inv.expectedOriginal[r.paragraph]), normalize(inv.expectedAccepted[r.paragraph])].join('|')])]);
      }
    });
  });
}
