/**
 * The package checks on a part's bytes (xmlBytes.ts) answer as the text checks do on the same bytes
 * read one per character (latin1): looks like XML, DOCTYPE/ENTITY, the first forbidden character.
 */
import { declaresEntities, forbiddenXmlCharInBytes, looksLikeXml } from '../../src/hosts/docx/xmlBytes';
import { forbiddenXmlChar } from '../../src/hosts/docx/xml';
import { UNSAFE_XML } from '../../src/hosts/docx/safeXml';

function byText(bytes: Buffer): { xml: boolean; unsafe: boolean; bad: number | undefined } {
  const text = bytes.toString('latin1').replace(/^\xEF\xBB\xBF/, '');
  return { xml: /^\s*</.test(text), unsafe: UNSAFE_XML.test(text), bad: forbiddenXmlChar(text) };
}

function byBytes(bytes: Buffer): { xml: boolean; unsafe: boolean; bad: number | undefined } {
  return { xml: looksLikeXml(bytes), unsafe: declaresEntities(bytes), bad: forbiddenXmlCharInBytes(bytes) };
}

const CASES: Array<[string, Buffer, { xml: boolean; unsafe: boolean; bad: number | undefined }]> = [
  ['plain Russian', Buffer.from('<w:t>Статья 1. Закон</w:t>'), { xml: true, unsafe: false, bad: undefined }],
  ['Kazakh after a BOM and blanks', Buffer.from('\uFEFF \n\t<w:t>Қазақстан Республикасының заңы</w:t>'), { xml: true, unsafe: false, bad: undefined }],
  ['no-break space before "<" (a latin1 blank)', Buffer.from([0xa0, 0x3c, 0x72, 0x2f, 0x3e]), { xml: true, unsafe: false, bad: undefined }],
  ['not XML', Buffer.from('PNG\x89 binary'), { xml: false, unsafe: false, bad: undefined }],
  ['doctype in lower case', Buffer.from('<?xml version="1.0"?><!doctype r><r/>'), { xml: true, unsafe: true, bad: undefined }],
  ['EnTiTy in mixed case', Buffer.from('<r><!EnTiTy e "x"></r>'), { xml: true, unsafe: true, bad: undefined }],
  ['a comment is not a declaration', Buffer.from('<r><!-- DOCTYPE --></r>'), { xml: true, unsafe: false, bad: undefined }],
  ['raw control character', Buffer.from('<r>a\x01b\x1f</r>'), { xml: true, unsafe: false, bad: 1 }],
  ['tab, line feed and carriage return are allowed', Buffer.from('<r>\t\n\r</r>'), { xml: true, unsafe: false, bad: undefined }],
  ['U+FFFE in UTF-8', Buffer.from('<r>\uFFFE</r>'), { xml: true, unsafe: false, bad: 0xfffe }],
  ['U+FFFF in UTF-8', Buffer.from('<r>\uFFFF</r>'), { xml: true, unsafe: false, bad: 0xffff }],
  ['decimal reference to a control', Buffer.from('<r>&#65;&#1;</r>'), { xml: true, unsafe: false, bad: 1 }],
  ['hex reference, upper X and digits', Buffer.from('<r>&#X1F;</r>'), { xml: true, unsafe: false, bad: 0x1f }],
  ['references that are not ones', Buffer.from('<r>&#x; &#12a; &#1 &amp;#1;</r>'), { xml: true, unsafe: false, bad: undefined }],
  ['reference past Unicode', Buffer.from('<r>&#x110000;</r>'), { xml: true, unsafe: false, bad: 0x110000 }],
  ['raw control wins over an earlier reference', Buffer.from('<r>&#2;\x03</r>'), { xml: true, unsafe: false, bad: 3 }],
];

describe('byte checks of package parts', () => {
  test.each(CASES)('%s', (_, bytes, expected) => {
    expect(byBytes(bytes)).toEqual(expected);
    expect(byText(bytes)).toEqual(expected);
  });

  test('random parts built of the tricky pieces: bytes and text agree', () => {
    const pieces = ['<', '<!', 'DOCTYPE', 'entity', '&#', 'x', 'X', '1f', '65', ';', 'a', ' ', '\u00a0', 'Ә', '\uFFFE', '\x02', '\t', '»', '&', '#'];
    let state = 12345;
    const random = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    for (let k = 0; k < 3000; k++) {
      let s = random(3) === 0 ? '\uFEFF' : '';
      const length = 1 + random(12);
      for (let i = 0; i < length; i++) s += pieces[random(pieces.length)];
      const bytes = Buffer.from(s, 'utf8');
      expect([s, byBytes(bytes)]).toEqual([s, byText(bytes)]);
    }
  });
});
