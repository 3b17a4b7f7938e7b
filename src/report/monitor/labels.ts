/** Words of the monitoring HTML report in Russian, Kazakh and English. */
import type { Severity } from '../../core/finding';
import type { UiLanguage } from '../../core/language';
import type { MonitorKind } from '../../app/monitor/types';
import type { MonitoredKind } from '../../monitor/requisites';

export interface MonitorLabels {
  title: string;
  generated: string;
  acts: string;
  articles: string;
  findings: string;
  unreadable: string;
  chart: string;
  table: string;
  act: string;
  actKind: string;
  number: string;
  date: string;
  edition: string;
  total: string;
  sortHint: string;
  words: string;
  text2026: string;
  suggestion: string;
  holding: string;
  basis: string;
  /** The model's verdict on a candidate, and the sweep's model counts. */
  verdicts: Record<'confirmed' | 'not-confirmed' | 'unverified', string>;
  modelChecked: string;
  modelUnchecked: string;
  sameIn: string;
  rank: string;
  noFindings: string;
  /** Heading of the findings outside any article (title, preamble, signature). */
  outsideArticles: string;
  constitution: Record<1995 | 2026, string>;
  kinds: Record<MonitorKind, string>;
  actKinds: Record<MonitoredKind, string>;
  severities: Record<Severity, string>;
}

const ru: MonitorLabels = {
  title: 'Правовой мониторинг: Конституция 2026 года и решения Конституционного Суда',
  generated: 'Сформировано',
  acts: 'Актов',
  articles: 'Статей',
  findings: 'Замечаний',
  unreadable: 'Не прочитаны',
  chart: 'Замечания по актам',
  table: 'Акты',
  act: 'Акт',
  actKind: 'Вид',
  number: 'Номер',
  date: 'Дата',
  edition: 'Редакция',
  total: 'Всего',
  sortHint: 'Нажмите на заголовок столбца, чтобы отсортировать.',
  words: 'Текст акта',
  text2026: 'Конституция 2026 года',
  suggestion: 'Предлагается',
  holding: 'Вывод Суда',
  basis: 'Основание',
  verdicts: { confirmed: 'Модель: подтверждено', 'not-confirmed': 'Модель: не подтверждено', unverified: 'Модель: не проверено' },
  modelChecked: 'Проверено моделью',
  modelUnchecked: 'Не проверено моделью',
  sameIn: 'То же в {n} актах',
  rank: 'место {rank} среди кандидатов',
  noFindings: 'Замечаний нет.',
  outsideArticles: 'Вне статей',
  constitution: { 1995: 'ссылки по Конституции 1995 года', 2026: 'ссылки по Конституции 2026 года' },
  kinds: { 'constitution-citation': 'Ссылки на Конституцию', institution: 'Упразднённые органы', 'act-reference': 'Ссылки на акты', 'court-resolution': 'Решения КС', other: 'Прочие проверки' },
  actKinds: { 'constitutional-law': 'конституционный закон', code: 'кодекс', law: 'закон', decree: 'указ', resolution: 'постановление', order: 'приказ', act: 'акт' },
  severities: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведения' },
};

const kk: MonitorLabels = {
  title: 'Құқықтық мониторинг: 2026 жылғы Конституция және Конституциялық Сот шешімдері',
  generated: 'Жасалған уақыты',
  acts: 'Актілер',
  articles: 'Баптар',
  findings: 'Ескертулер',
  unreadable: 'Оқылмағандар',
  chart: 'Актілер бойынша ескертулер',
  table: 'Актілер',
  act: 'Акт',
  actKind: 'Түрі',
  number: 'Нөмірі',
  date: 'Күні',
  edition: 'Редакциясы',
  total: 'Барлығы',
  sortHint: 'Сұрыптау үшін баған тақырыбын басыңыз.',
  words: 'Акт мәтіні',
  text2026: '2026 жылғы Конституция',
  suggestion: 'Ұсыныс',
  holding: 'Соттың қорытындысы',
  basis: 'Негіздеме',
  verdicts: { confirmed: 'Модель: расталды', 'not-confirmed': 'Модель: расталмады', unverified: 'Модель: тексерілмеді' },
  modelChecked: 'Модель тексерді',
  modelUnchecked: 'Модель тексермеді',
  sameIn: 'Дәл осы {n} актіде',
  rank: 'үміткерлер арасында {rank}-орын',
  noFindings: 'Ескертулер жоқ.',
  outsideArticles: 'Баптардан тыс',
  constitution: { 1995: '1995 жылғы Конституция бойынша сілтемелер', 2026: '2026 жылғы Конституция бойынша сілтемелер' },
  kinds: { 'constitution-citation': 'Конституцияға сілтемелер', institution: 'Таратылған органдар', 'act-reference': 'Актілерге сілтемелер', 'court-resolution': 'КС шешімдері', other: 'Басқа тексерулер' },
  actKinds: { 'constitutional-law': 'конституциялық заң', code: 'кодекс', law: 'заң', decree: 'жарлық', resolution: 'қаулы', order: 'бұйрық', act: 'акт' },
  severities: { error: 'Қате', warning: 'Ескерту', info: 'Мәлімет' },
};

const en: MonitorLabels = {
  title: 'Legal monitoring: the 2026 Constitution and the Constitutional Court’s resolutions',
  generated: 'Generated',
  acts: 'Acts',
  articles: 'Articles',
  findings: 'Findings',
  unreadable: 'Unreadable',
  chart: 'Findings per act',
  table: 'Acts',
  act: 'Act',
  actKind: 'Kind',
  number: 'Number',
  date: 'Date',
  edition: 'Edition',
  total: 'Total',
  sortHint: 'Click a column header to sort.',
  words: 'The act’s words',
  text2026: '2026 Constitution',
  suggestion: 'Suggested',
  holding: 'The Court’s holding',
  basis: 'Basis',
  verdicts: { confirmed: 'Model: confirmed', 'not-confirmed': 'Model: not confirmed', unverified: 'Model: not checked' },
  modelChecked: 'Checked by the model',
  modelUnchecked: 'Not checked by the model',
  sameIn: 'The same in {n} acts',
  rank: 'rank {rank} among candidates',
  noFindings: 'No findings.',
  outsideArticles: 'Outside articles',
  constitution: { 1995: 'cites the 1995 Constitution', 2026: 'cites the 2026 Constitution' },
  kinds: { 'constitution-citation': 'Constitution citations', institution: 'Ended institutions', 'act-reference': 'References to acts', 'court-resolution': 'Court resolutions', other: 'Other checks' },
  actKinds: { 'constitutional-law': 'constitutional law', code: 'code', law: 'law', decree: 'decree', resolution: 'resolution', order: 'order', act: 'act' },
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export const MONITOR_LABELS: Record<UiLanguage, MonitorLabels> = { ru, kk, en };
