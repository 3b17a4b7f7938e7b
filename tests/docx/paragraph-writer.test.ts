/**
 * Many changes in one paragraph: every comment is written around exactly its words (read back from
 * the XML, deleted text included), whatever runs the text was split into, and two comments on the
 * same replaced words both keep our insertion inside their range.
 */
import JSZip from 'jszip';
import type { Hunk, PlannedComment } from '../../src/core/plan-types';
import { buildDocx } from '../../src/hosts/docx/build';
import { readDocx } from '../../src/hosts/docx/read';
import { applyPlan } from '../../src/hosts/docx/write';

/** The text between each comment's range marks, in the order the XML holds it (w:t, w:delText). */
function commentedTexts(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const open = new Map<string, string>();
  for (const m of xml.matchAll(/<w:commentRange(Start|End) w:id="(\d+)"\/>|<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)) {
    if (m[1] === 'Start') open.set(m[2], '');
    else if (m[1] === 'End') {
      out.set(m[2], open.get(m[2]) ?? '');
      open.delete(m[2]);
    } else for (const [id, text] of open) open.set(id, text + m[3]);
  }
  return out;
}

async function documentXml(data: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string');
}

describe('writing many changes into one paragraph', () => {
  it('puts each of 2,000 comments around its own words, across runs', async () => {
    const unit = 'справки, выписки и т.д. ';
    const text = unit.repeat(2000);
    // Runs split every 7 characters, so comments cross run edges and cut inside runs.
    const runs = Array.from({ length: Math.ceil(text.length / 7) }, (_, i) => ({ text: text.slice(i * 7, i * 7 + 7), bold: i % 2 === 0 }));
    const doc = await readDocx(await buildDocx([{ text, runs }]));
    const comments: PlannedComment[] = Array.from({ length: 2000 }, (_, i) => {
      const start = i * unit.length + unit.indexOf('и т.д.');
      return { paragraph: 0, start, end: start + 6, quote: 'и т.д.', text: `[Zan] ${i}`, findingId: `c${i}` };
    });
    const { data, result } = await applyPlan(doc, { hunks: [], comments, skipped: [], findings: [] });
    expect(result.commentsAdded).toBe(2000);
    const texts = commentedTexts(await documentXml(data));
    expect(texts.size).toBe(2000);
    expect(new Set(texts.values())).toEqual(new Set(['и т.д.']));
    // The text is unchanged: the paragraph reads back the same.
    expect((await readDocx(data)).model.paragraphs[0].text).toBe(text);
  });

  it('keeps the insertion inside a comment on the replaced words, whatever comment ends there first', async () => {
    const text = 'Орган рассматривает заявление в разумный срок.';
    const doc = await readDocx(await buildDocx([text]));
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, quote: words });
    const hunk: Hunk = { paragraph: 0, ...at('в разумный срок'), deleted: 'в разумный срок', inserted: 'в течение десяти рабочих дней', findingId: 'h' };
    // The first comment is on part of the replaced words only: the insertion is not its business.
    const comments: PlannedComment[] = [
      { paragraph: 0, ...at('разумный срок'), text: '[Zan] part', findingId: 'part' },
      { paragraph: 0, ...at('в разумный срок'), text: '[Zan] whole', findingId: 'h' },
    ];
    const { data } = await applyPlan(doc, { hunks: [hunk], comments, skipped: [], findings: [] });
    expect([...commentedTexts(await documentXml(data)).values()].sort()).toEqual(['в разумный срокв течение десяти рабочих дней', 'разумный срок']);
  });
});
