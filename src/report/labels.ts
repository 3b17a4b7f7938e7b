/** Words of the human reports (markdown, HTML) in Russian, Kazakh and English. */
import type { Category, Severity } from '../core/finding';
import type { UiLanguage } from '../core/language';

export interface ReportLabels {
  title: string;
  document: string;
  language: string;
  kind: string;
  paragraphs: string;
  units: string;
  pair: string;
  generated: string;
  total: string;
  bySeverity: string;
  byCategory: string;
  overview: string;
  details: string;
  finding: string;
  findings: string;
  unit: string;
  paragraph: string;
  quote: string;
  message: string;
  rationale: string;
  citations: string;
  suggestion: string;
  deleteAll: string;
  pairPlace: string;
  noFindings: string;
  wholeDocument: string;
  filter: string;
  all: string;
  skipped: string;
  stale: string;
  languages: Record<'ru' | 'kk', string>;
  kinds: Record<'new-law' | 'amending' | 'bylaw' | 'code' | 'unknown', string>;
  severities: Record<Severity, string>;
  categories: Record<Category, string>;
}

const ru: ReportLabels = {
  title: 'Заключение Zan Assistant',
  document: 'Документ',
  language: 'Язык',
  kind: 'Вид акта',
  paragraphs: 'Абзацев',
  units: 'Структура',
  pair: 'Парный текст',
  generated: 'Сформировано',
  total: 'Всего замечаний',
  bySeverity: 'По важности',
  byCategory: 'По категориям',
  overview: 'Обзор по статьям',
  details: 'Замечания',
  finding: 'замечание',
  findings: 'замечаний',
  unit: 'Структурная единица',
  paragraph: 'абзац',
  quote: 'Фрагмент',
  message: 'Замечание',
  rationale: 'Обоснование',
  citations: 'Основание',
  suggestion: 'Предлагаемая редакция',
  deleteAll: 'исключить',
  pairPlace: 'В парном тексте',
  noFindings: 'Замечаний нет.',
  wholeDocument: 'Документ в целом',
  filter: 'Фильтр',
  all: 'все',
  skipped: 'Не внесено в документ',
  stale: 'Текст изменился после проверки',
  languages: { ru: 'русский', kk: 'казахский' },
  kinds: { 'new-law': 'новый закон', amending: 'закон о внесении изменений', bylaw: 'подзаконный акт', code: 'кодекс', unknown: 'не определён' },
  severities: { error: 'Ошибка', warning: 'Предупреждение', info: 'Рекомендация' },
  categories: {
    structure: 'Структура и нумерация',
    crossref: 'Внутренние ссылки',
    terms: 'Термины и сокращения',
    technique: 'Юридическая техника',
    reference: 'Ссылки на другие акты',
    anticorruption: 'Коррупционные риски',
    constitution: 'Соответствие Конституции',
    conflict: 'Коллизии',
    bilingual: 'Соответствие текстов на двух языках',
    international: 'Международная практика',
  },
};

const kk: ReportLabels = {
  title: 'Zan Assistant қорытындысы',
  document: 'Құжат',
  language: 'Тілі',
  kind: 'Акт түрі',
  paragraphs: 'Абзацтар',
  units: 'Құрылымы',
  pair: 'Жұп мәтін',
  generated: 'Жасалған уақыты',
  total: 'Ескертулер саны',
  bySeverity: 'Маңыздылығы бойынша',
  byCategory: 'Санаттар бойынша',
  overview: 'Баптар бойынша шолу',
  details: 'Ескертулер',
  finding: 'ескерту',
  findings: 'ескерту',
  unit: 'Құрылымдық бірлік',
  paragraph: 'абзац',
  quote: 'Үзінді',
  message: 'Ескерту',
  rationale: 'Негіздеме',
  citations: 'Құқықтық негіз',
  suggestion: 'Ұсынылатын редакция',
  deleteAll: 'алып тастау',
  pairPlace: 'Жұп мәтінде',
  noFindings: 'Ескерту жоқ.',
  wholeDocument: 'Құжат тұтастай',
  filter: 'Сүзгі',
  all: 'барлығы',
  skipped: 'Құжатқа енгізілмеді',
  stale: 'Тексеруден кейін мәтін өзгерген',
  languages: { ru: 'орыс тілі', kk: 'қазақ тілі' },
  kinds: { 'new-law': 'жаңа заң', amending: 'өзгерістер енгізу туралы заң', bylaw: 'заңға тәуелді акт', code: 'кодекс', unknown: 'анықталмаған' },
  severities: { error: 'Қате', warning: 'Ескерту', info: 'Ұсыныс' },
  categories: {
    structure: 'Құрылым және нөмірлеу',
    crossref: 'Ішкі сілтемелер',
    terms: 'Терминдер мен қысқартулар',
    technique: 'Заң техникасы',
    reference: 'Басқа актілерге сілтемелер',
    anticorruption: 'Сыбайлас жемқорлық тәуекелдері',
    constitution: 'Конституцияға сәйкестік',
    conflict: 'Коллизиялар',
    bilingual: 'Екі тілдегі мәтіндердің сәйкестігі',
    international: 'Халықаралық тәжірибе',
  },
};

const en: ReportLabels = {
  title: 'Zan Assistant review',
  document: 'Document',
  language: 'Language',
  kind: 'Kind of act',
  paragraphs: 'Paragraphs',
  units: 'Structure',
  pair: 'Paired text',
  generated: 'Generated',
  total: 'Findings',
  bySeverity: 'By severity',
  byCategory: 'By category',
  overview: 'Overview by article',
  details: 'Findings',
  finding: 'finding',
  findings: 'findings',
  unit: 'Unit',
  paragraph: 'paragraph',
  quote: 'Text',
  message: 'Finding',
  rationale: 'Why',
  citations: 'Basis',
  suggestion: 'Suggested wording',
  deleteAll: 'delete',
  pairPlace: 'In the paired text',
  noFindings: 'No findings.',
  wholeDocument: 'Whole document',
  filter: 'Filter',
  all: 'all',
  skipped: 'Not written into the document',
  stale: 'Text changed after the review',
  languages: { ru: 'Russian', kk: 'Kazakh' },
  kinds: { 'new-law': 'new law', amending: 'amending law', bylaw: 'bylaw', code: 'code', unknown: 'unknown' },
  severities: { error: 'Error', warning: 'Warning', info: 'Suggestion' },
  categories: {
    structure: 'Structure and numbering',
    crossref: 'Internal references',
    terms: 'Terms and abbreviations',
    technique: 'Legal drafting technique',
    reference: 'References to other acts',
    anticorruption: 'Corruption risks',
    constitution: 'Constitutionality',
    conflict: 'Conflicts of norms',
    bilingual: 'Russian–Kazakh parity',
    international: 'International practice',
  },
};

export const REPORT_LABELS: Record<UiLanguage, ReportLabels> = { ru, kk, en };

/** Unit counts with their names, e.g. "статей: 21". */
export const UNIT_NAMES: Record<UiLanguage, Record<'sections' | 'chapters' | 'articles' | 'items' | 'subitems' | 'parts' | 'quotes' | 'amendments', string>> = {
  ru: { sections: 'разделов', chapters: 'глав', articles: 'статей', items: 'пунктов', subitems: 'подпунктов', parts: 'частей', quotes: 'новых редакций', amendments: 'поправок' },
  kk: { sections: 'бөлімдер', chapters: 'тараулар', articles: 'баптар', items: 'тармақтар', subitems: 'тармақшалар', parts: 'бөліктер', quotes: 'жаңа редакциялар', amendments: 'түзетулер' },
  en: { sections: 'sections', chapters: 'chapters', articles: 'articles', items: 'items', subitems: 'subitems', parts: 'parts', quotes: 'new wordings', amendments: 'amendments' },
};
