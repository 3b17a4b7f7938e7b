/**
 * reference/external-act: references to other acts are checked against the registry, and
 * references to the Constitution against the 2026 text (Law "On Legal Acts", art. 25 p. 5: a
 * reference gives the act's form, date, number and title). Reported, each only when the corpus is
 * sure: an act the registry lists only as repealed (with what replaced it); a date or number that
 * is not the one of the act the title identifies unambiguously; a Constitution article or item
 * that does not exist in the 2026 text, with the 2026 place of the same 1995 number when the
 * concordance knows it.
 * The references themselves come from the parser (`act.externalReferences`): one extractor.
 */
import { isConsolidatedEdition } from '../../core/act/notes';
import type { ExternalReference } from '../../core/act/types';
import type { Language } from '../../core/language';
import type { RegistryAct } from '../../corpus/types';
import type { Rule, RuleContext } from '../rule';

const CHECKED_ROLES = new Set(['norm', 'quote', 'heading']);

export const externalReference: Rule = {
  meta: {
    id: 'reference/external-act',
    category: 'reference',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    fixable: true,
    docs: {
      description: 'References to other acts name an act in force with its exact date and number; Constitution references use the 2026 numbering.',
      basis: 'Закон «О правовых актах», ст. 25 п. 5',
    },
    messages: {
      repealed: {
        ru: '{act} утратил силу: {repealedBy}.',
        kk: '{act} күшін жойған: {repealedBy}.',
        en: '{act} has been repealed: {repealedBy}.',
      },
      wrongDate: {
        ru: 'Дата не совпадает с реестром: {act} принят {actual}, а в ссылке указано {written}.',
        kk: 'Күні тізіліммен сәйкес келмейді: {act} {actual} қабылданған, ал сілтемеде {written} көрсетілген.',
        en: 'The date does not match the registry: {act} was adopted on {actual}, the reference says {written}.',
      },
      wrongNumber: {
        ru: 'Номер не совпадает с реестром: {act} имеет номер {actual}, а в ссылке указано {written}.',
        kk: 'Нөмірі тізіліммен сәйкес келмейді: {act} нөмірі {actual}, ал сілтемеде {written} көрсетілген.',
        en: 'The number does not match the registry: {act} is No. {actual}, the reference says {written}.',
      },
      constitution1995: {
        ru: 'В Конституции 2026 года нет {written}; это нумерация Конституции 1995 года, которой соответствует {target2026} Конституции 2026 года.',
        kk: '2026 жылғы Конституцияда {written} жоқ; бұл 1995 жылғы Конституцияның нөмірленуі, оған 2026 жылғы Конституцияның {target2026} сәйкес келеді.',
        en: 'The 2026 Constitution has no {written}; this is the 1995 numbering, which corresponds to {target2026} of the 2026 Constitution.',
      },
      constitutionMissing: {
        ru: 'В Конституции 2026 года нет {written}.',
        kk: '2026 жылғы Конституцияда {written} жоқ.',
        en: 'The 2026 Constitution has no {written}.',
      },
    },
    rationale: {
      ru: 'Ссылка на нормативный правовой акт должна указывать действующий акт с точными реквизитами; Конституция действует в редакции, принятой на референдуме 15 марта 2026 года (с 1 июля 2026 года).',
      kk: 'Нормативтік құқықтық актіге сілтеме қолданыстағы актіні дәл деректемелерімен көрсетуге тиіс; Конституция 2026 жылғы 15 наурыздағы референдумда қабылданған редакцияда қолданылады (2026 жылғы 1 шілдеден бастап).',
      en: 'A reference must name an act in force with its exact requisites; the Constitution applies as adopted at the referendum of 15 March 2026 (in force since 1 July 2026).',
    },
  },
  check(context) {
    const { act, corpus } = context;
    if (!corpus) return;
    const repealing = new Map<number, boolean>();
    const ownNumber = ownRegistrationNumber(act.doc.paragraphs.slice(0, OWN_NUMBER_LINES).map((p) => p.text));
    for (const ref of act.externalReferences) {
      const index = ref.range.paragraph;
      if (!CHECKED_ROLES.has(act.paragraphs[index]?.role ?? '')) continue;
      const text = act.doc.paragraphs[index].text;
      if (ref.isConstitution) {
        checkConstitution(context, index, constitutionMentions(ref, text, act.language));
        continue;
      }
      const m = actMention(ref, text);
      if (!m) continue;
      // "Признать утратившим силу Закон … от …" names the repealed act on purpose.
      if (!repealing.has(index)) repealing.set(index, repeals(context, index));
      if (!repealing.get(index)) checkAct(context, index, m, ownNumber);
    }
  },
};

/** A span of the paragraph's text: what a finding anchors on and a replacement rewrites. */
interface Span {
  start: number;
  end: number;
  text: string;
}

/** A reference to a law or a code, as the checks below read it. */
interface ActMention {
  type: 'закон' | 'кодекс' | 'конституционный закон';
  /** Title as written, with the guillemets when quoted; a code's name with its type word. */
  title?: Span;
  quoted: boolean;
  date?: Span & { iso: string };
  number?: Span;
}

/** A reference to one unit of the Constitution ("пункте 3 статьи 39 Конституции" / "Конституциясының 39-бабының 3-тармағында"). */
interface ConstitutionMention {
  span: Span;
  article: string;
  item?: string;
  subitem?: string;
  /** Where each number sits, to rebuild the reference with other numbers; empty when they cannot be told apart. */
  numbers: { kind: 'article' | 'item' | 'subitem'; start: number; end: number }[];
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function mentionType(actType: string | undefined): ActMention['type'] | undefined {
  const t = (actType ?? '').toLowerCase();
  if (t.startsWith('конституционный') || t.startsWith('конституциялық')) return 'конституционный закон';
  if (t === 'закон' || t === 'заң') return 'закон';
  if (t === 'кодекс') return 'кодекс';
  return undefined;
}

/** Laws and codes only: the registry holds them (other acts are not judged). */
function actMention(ref: ExternalReference, text: string): ActMention | undefined {
  const type = mentionType(ref.actType);
  if (!type) return undefined;
  let title: Span | undefined;
  if (ref.titleRange && ref.titleQuoted) title = span(text, ref.titleRange.start, ref.titleRange.end);
  else if (ref.titleRange) {
    // A code's name reads with its type word: "Кодексом Республики Казахстан об административных правонарушениях".
    const from = Math.min(ref.titleRange.start, ref.typeRange?.start ?? Infinity);
    const to = Math.max(ref.titleRange.end, ref.typeRange?.end ?? -Infinity);
    title = span(text, from, to);
  }
  const date = ref.date && ref.dateRange ? { ...span(text, ref.dateRange.start, ref.dateRange.end), iso: ref.date } : undefined;
  const number = ref.numberRange ? span(text, ref.numberRange.start, ref.numberRange.end) : undefined;
  if (!title && !date) return undefined;
  return { type, title, quoted: Boolean(ref.titleQuoted), ...(date ? { date } : {}), ...(number ? { number } : {}) };
}

/** Each article (item, subitem) of the Constitution the reference names; numbers located only when it names one. */
function constitutionMentions(ref: ExternalReference, text: string, language: Language): ConstitutionMention[] {
  if (!ref.unitRange || !ref.typeRange) return [];
  const addresses = ref.addresses ?? (ref.address ? [ref.address] : []);
  const [from, to] = language === 'kk' ? [ref.typeRange.start, ref.unitRange.end] : [ref.unitRange.start, ref.typeRange.end];
  const whole = span(text, from, to);
  const out: ConstitutionMention[] = [];
  for (const a of addresses) {
    if (!a.article) continue;
    const levels = [a.article, a.item, a.subitem].filter((x) => x !== undefined).length;
    const numbers = (ref.addressNumbers ?? [])
      .filter((n): n is { kind: 'article' | 'item' | 'subitem'; range: typeof n.range } => n.kind === 'article' || n.kind === 'item' || n.kind === 'subitem')
      .map((n) => ({ kind: n.kind, start: n.range.start, end: n.range.end }));
    out.push({
      span: whole,
      article: a.article,
      ...(a.item ? { item: a.item } : {}),
      ...(a.subitem ? { subitem: a.subitem } : {}),
      numbers: addresses.length === 1 && numbers.length === levels ? numbers : [],
    });
  }
  return out;
}

const REPEAL_WORDS = /утратившим(?:и)?\s+силу|күш[іi]\s+жойылды\s+деп\s+танылсын|күш[іi]н\s+жойған\s+деп\s+танылсын/iu;

/** True when the paragraph, or the opening words of the unit it lists under, declares acts repealed. */
function repeals(context: RuleContext, paragraph: number): boolean {
  const { act } = context;
  if (REPEAL_WORDS.test(act.doc.paragraphs[paragraph].text)) return true;
  const id = act.paragraphs[paragraph]?.unitId;
  if (!id) return false;
  for (let parentId = id.split('/').slice(0, -1).join('/'); parentId; parentId = parentId.split('/').slice(0, -1).join('/')) {
    const parent = act.units[parentId];
    if (parent && REPEAL_WORDS.test(act.doc.paragraphs[parent.paragraph]?.text ?? '')) return true;
  }
  return false;
}

function actName(a: RegistryAct, language: Language): string {
  let title = language === 'kk' && a.titleKk ? a.titleKk : a.titleRu;
  if (/кодекс/i.test(title)) {
    // A code's title names its type ("Трудовой кодекс Республики Казахстан"): no «» and no second type word.
    title = title.toLowerCase().replace(/республики казахстан/, 'Республики Казахстан').replace(/қазақстан республикасының/, 'Қазақстан Республикасының');
    title = title[0].toUpperCase() + title.slice(1);
    const date = a.date ? formatDate(a.date, language) : '';
    return language === 'kk' ? `${date} ${title}`.trim() : `${title}${date ? ` от ${date}` : ''}`;
  }
  const type = (language === 'kk' ? a.typeKk : a.typeRu) ?? '';
  const date = a.date ? formatDate(a.date, language) : '';
  if (language === 'kk') return `${date ? `${date} ` : ''}«${title}» ${type}`.trim();
  return `${type} «${title}»${date ? ` от ${date}` : ''}`.trim();
}

function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-');
  return language === 'kk' ? `${y} жылғы ${Number(d)} ${KK_MONTHS_LOC[Number(m) - 1]}` : `${Number(d)} ${RU_MONTHS_GEN[Number(m) - 1]} ${y} года`;
}

const RU_MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** Kazakh month names in the attributive locative a date takes before a noun ("2026 жылғы 19 мамырдағы Заң"). */
const KK_MONTHS_LOC = ['қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы', 'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы'];

/** The registry act that replaced `a`, when its repeal note names it by date (and number). */
function replacement(context: RuleContext, a: RegistryAct): RegistryAct | undefined {
  const note = a.repealedBy ?? '';
  const d = /от\s+(\d{1,2})\s+([а-яё]+)\s+(\d{4})/u.exec(note) ?? /(\d{2})\.(\d{2})\.(\d{4})/.exec(note);
  if (!d) return undefined;
  const month = /^\d+$/.test(d[2]) ? Number(d[2]) : RU_MONTHS_GEN.indexOf(d[2].toLowerCase()) + 1;
  if (month <= 0) return undefined;
  const date = `${d[3]}-${String(month).padStart(2, '0')}-${d[1].padStart(2, '0')}`;
  const no = /№\s*([0-9]+-[IVXLCІ]+|[0-9]+)/u.exec(note)?.[1];
  const found = context.corpus!.findActs({ date, ...(no ? { number: no } : {}) }).filter((x) => x.id !== a.id);
  return found.length === 1 ? found[0] : undefined;
}

/** Lines of an official text's head that may hold the database's line with its own number. */
const OWN_NUMBER_LINES = 6;
const OWN_NUMBER_LINE = /^(?:(?:Конституционный\s+закон|Кодекс|Закон)\s+Республики\s+Казахстан\s+от\s+\d|Қазақстан\s+Республикасының\s+\d{4}\s+жылғы).*?№\s*([0-9]+-[IVXLCІ]+|[0-9]+)/u;

/** The act's own registration number, from the database's line under an official text's title ("… от 2 января 2021 года № 400-VI ЗРК."). A draft has none. */
function ownRegistrationNumber(head: readonly string[]): string | undefined {
  for (const line of head) {
    const m = OWN_NUMBER_LINE.exec(line.trim());
    if (m) return m[1];
  }
  return undefined;
}

/** The repeal note names the act numbered `own` ("… от 5 июля 2014 года № 235" names "235-V": older notes drop the convocation). */
function repealedByNumber(a: RegistryAct, own: string): boolean {
  const no = /№\s*([0-9]+-[IVXLCІ]+|[0-9]+)/u.exec(a.repealedBy ?? '')?.[1]?.toUpperCase();
  const mine = own.toUpperCase();
  return !!no && (no === mine || (/^\d+$/.test(no) && mine.startsWith(`${no}-`)));
}

function checkAct(context: RuleContext, paragraph: number, m: ActMention, ownNumber?: string): void {
  const corpus = context.corpus!;
  const lang = context.act.language;
  const title = m.title ? m.title.text.replace(/^«|»$/g, '') : undefined;
  let candidates: RegistryAct[];
  if (title) candidates = corpus.findActs({ title, type: m.type });
  else if (m.date) candidates = corpus.findActs({ type: m.type, date: m.date.iso });
  else return;
  if (candidates.length === 0) return;

  const dated = m.date ? candidates.filter((a) => a.date === m.date!.iso) : candidates;
  if (m.date && dated.length === 0) {
    // The title names one act of the registry, but the date is another.
    const inForce = candidates.filter((a) => a.status !== 'repealed');
    if (candidates.length === 1 && inForce.length === 1 && title) {
      const a = inForce[0];
      context.report({
        messageId: 'wrongDate',
        data: { act: actName(a, lang), actual: formatDate(a.date!, lang), written: m.date.text },
        range: { paragraph, start: m.date.start, end: m.date.end },
        replacement: lang === 'kk' ? `${formatDate(a.date!, lang)}` : `от ${formatDate(a.date!, lang)}`,
        citations: ['lla:25.5'],
      });
    }
    return;
  }
  if (dated.length === 0 || !dated.every((a) => a.status === 'repealed')) {
    checkNumber(context, paragraph, m, dated);
    return;
  }
  // Every act the reference can mean is repealed.
  const repealed = dated[0];
  // An act naming the act it replaced ("разрешения, выданные в соответствии с Экологическим кодексом
  // от 9 января 2007 года, сохраняют силу") does so on purpose: the registry's "repealed by" names this act.
  if (ownNumber && dated.every((a) => repealedByNumber(a, ownNumber))) return;
  const successor = replacement(context, repealed);
  const anchor = m.date ?? m.title!;
  let fix: string | undefined;
  if (successor && successor.typeRu === repealed.typeRu) {
    if (m.date && successor.date) fix = lang === 'kk' ? formatDate(successor.date, lang) : `от ${formatDate(successor.date, lang)}`;
    else if (m.quoted) fix = `«${lang === 'kk' && successor.titleKk ? successor.titleKk : successor.titleRu}»`;
  }
  context.report({
    messageId: 'repealed',
    data: { act: actName(repealed, lang), repealedBy: successor ? replacedBy(successor, lang) : repealed.repealedBy ?? '' },
    range: { paragraph, start: anchor.start, end: anchor.end },
    ...(fix ? { replacement: fix } : {}),
    citations: ['lla:25.5'],
  });
}

function replacedBy(a: RegistryAct, language: Language): string {
  return language === 'kk' ? `оның орнына ${actName(a, language)} қолданылады` : `действует ${actName(a, language)}`;
}

function checkNumber(context: RuleContext, paragraph: number, m: ActMention, acts: RegistryAct[]): void {
  if (!m.number || acts.length !== 1 || !acts[0].number) return;
  const written = m.number.text.replace(/^№\s*/, '').replace(/\s*ЗРК$/, '');
  const norm = (s: string) => s.replace(/[IІ]/g, 'I').replace(/\s+/g, '').toUpperCase();
  const actual = acts[0].number.replace(/\s*ЗРК$/, '');
  if (norm(written) === norm(actual) || norm(actual).startsWith(`${norm(written)}-`)) return;
  context.report({
    messageId: 'wrongNumber',
    data: { act: actName(acts[0], context.act.language), actual, written },
    range: { paragraph, start: m.number.start, end: m.number.end },
    replacement: `№ ${actual}`,
    citations: ['lla:25.5'],
  });
}

/** "пункта 3 статьи 39" (genitive, after "нет") or "пункт 3 статьи 41" (nominative); kk "39-бап 3-тармақ". */
function placeWords(article: string, item: string | undefined, subitem: string | undefined, language: Language, nominative = false): string {
  if (language === 'kk') return [`${article}-бап`, item && `${item}-тармақ`, subitem && `${subitem}) тармақша`].filter(Boolean).join(' ');
  const first = nominative ? (subitem ? 'подпункт' : item ? 'пункт' : 'статья') : '';
  const words = [subitem && `подпункта ${subitem})`, item && `пункта ${item}`, `статьи ${article}`].filter(Boolean) as string[];
  if (first) words[0] = words[0].replace(/^\S+/, first);
  return words.join(' ');
}

/**
 * The Constitution units one reference names ("подпунктах 2) и 3) пункта 1 статьи 72 Конституции"):
 * one finding for the reference, naming every unit the 2026 text lacks.
 */
const EDITION_NOTE = {
  ru: 'Редакция акта принята до вступления в силу Конституции 2026 года (1 июля 2026 года); при ближайшем внесении изменений ссылку следует привести в соответствие с новой нумерацией.',
  kk: 'Актінің редакциясы 2026 жылғы Конституция күшіне енгенге дейін (2026 жылғы 1 шілде) қабылданған; кезекті өзгерістер енгізілген кезде сілтемені жаңа нөмірленуге сәйкес келтіру қажет.',
  en: 'This edition predates the 2026 Constitution (in force since 1 July 2026); bring the reference into line with the new numbering at the next amendment.',
} as const;

function checkConstitution(context: RuleContext, paragraph: number, mentions: readonly ConstitutionMention[]): void {
  const corpus = context.corpus!;
  const lang = context.act.language;
  const missing = mentions.filter((c) => !corpus.constitution(c.article, c.item, c.subitem));
  if (!missing.length) return;
  const written = missing.map((c) => placeWords(c.article, c.item, c.subitem, lang)).join(', ');
  const range = { paragraph, start: missing[0].span.start, end: missing[0].span.end };
  const moved = missing.map((c) => {
    const places = corpus.from1995(c.article, c.item ? (c.subitem ? `${c.item}(${c.subitem})` : c.item) : undefined);
    const target = places.length === 1 ? parsePlace(places[0]) : undefined;
    return target && corpus.constitution(target.article, target.item, target.subitem) ? { c, target, place: places[0] } : undefined;
  });
  if (moved.some((m) => !m)) {
    context.report({ messageId: 'constitutionMissing', data: { written }, range });
    return;
  }
  const found = moved as { c: ConstitutionMention; target: { article: string; item?: string; subitem?: string }; place: string }[];
  // Mechanical fix: the same words with the 2026 numbers, when the reference names one unit of the same depth.
  let fix: string | undefined;
  if (found.length === 1) {
    const { c, target } = found[0];
    const sameDepth = Boolean(c.item) === Boolean(target.item) && Boolean(c.subitem) === Boolean(target.subitem);
    if (sameDepth && c.numbers.length) {
      let text = c.span.text;
      for (const n of [...c.numbers].sort((a, b) => b.start - a.start)) {
        const value = n.kind === 'article' ? target.article : n.kind === 'item' ? target.item! : target.subitem!;
        text = text.slice(0, n.start - c.span.start) + value + text.slice(n.end - c.span.start);
      }
      fix = text;
    }
  }
  // In a draft, 1995 numbering is the drafter's error. In an official consolidated edition it is the
  // text's history (it was right when enacted): still to be brought into line, so a warning.
  const consolidated = isConsolidatedEdition(context.act);
  context.report({
    messageId: 'constitution1995',
    ...(consolidated ? { severity: 'warning' as const, rationaleExtra: EDITION_NOTE[lang] } : {}),
    data: { written, target2026: found.map(({ target }) => placeWords(target.article, target.item, target.subitem, lang, true)).join(', ') },
    range,
    ...(fix ? { replacement: fix } : {}),
    citations: found.map(({ place }) => `const2026:${place}`),
  });
}

/** "41.3" → {41, 3}; "60.3(4)" → {60, 3, 4}; "12" → {12}. */
function parsePlace(place: string): { article: string; item?: string; subitem?: string } | undefined {
  const m = /^(\d+(?:-\d+)?)(?:\.(\d+(?:-\d+)?))?(?:\((\d+)\))?$/.exec(place);
  if (!m) return undefined;
  return { article: m[1], ...(m[2] ? { item: m[2] } : {}), ...(m[3] ? { subitem: m[3] } : {}) };
}
