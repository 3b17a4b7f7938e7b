/** Shared test data and helpers for the engine and server tests. */
import type { ReviewRequest, ReviewUnit } from '../../src/protocol/review';
import { clausesOf, type FakeCall, type FakeReply } from '../fakes/anthropic/server';

// A fake key for the fake API, built at run time so no key-shaped literal sits in the repository.
export const FAKE_KEY = ['sk', 'ant', 'test', 'SECRET', '0123456789'].join('-');

export function unit(paragraph: number, group: string, text: string, path = `ст. ${group.slice(1)}`): ReviewUnit {
  return { id: group, path, paragraph, text, group };
}

/** A small Russian draft: two articles. */
export function ruRequest(overrides: Partial<ReviewRequest> = {}): ReviewRequest {
  return {
    language: 'ru',
    title: 'О порядке рассмотрения заявлений',
    outline: ['Статья 1. Рассмотрение заявлений', 'Статья 2. Собрания'],
    definitions: [{ term: 'заявитель', text: '1) заявитель – физическое или юридическое лицо, подавшее заявление;' }],
    units: [
      unit(3, 'a1', '1. Уполномоченный орган рассматривает заявление в разумный срок.', 'ст. 1 п. 1'),
      unit(4, 'a1', '2. Решение уполномоченного органа является окончательным и обжалованию в суд не подлежит.', 'ст. 1 п. 2'),
      unit(6, 'a2', 'Права граждан на проведение собраний ограничиваются приказом уполномоченного органа.', 'ст. 2'),
    ],
    ...overrides,
  };
}

/** A Kazakh draft of one article. */
export function kkRequest(): ReviewRequest {
  return {
    language: 'kk',
    outline: ['1-бап. Өтінішті қарау'],
    definitions: [],
    units: [unit(2, 'a1', '1. Уәкілетті орган азаматтардың құқықтары мен бостандықтарын шектейтін шешімді қажет болған жағдайда қабылдайды.', '1-бап 1-тармақ')],
  };
}

/** n articles, one item each; every third has a vague deadline the scripted lawyer flags. */
export function manyArticles(n: number): ReviewRequest {
  const units: ReviewUnit[] = [];
  for (let i = 1; i <= n; i++) {
    const vague = i % 3 === 1 ? ' в разумный срок' : ' в течение десяти рабочих дней';
    units.push(unit(i * 2, `a${i}`, `${i}. Уполномоченный орган по вопросу ${i} принимает решение${vague} со дня регистрации обращения.`, `ст. ${i}`));
  }
  return { language: 'ru', outline: units.map((u) => `Статья ${u.group!.slice(1)}.`), definitions: [], units };
}

export interface ScriptedFinding {
  paragraph: number;
  category: string;
  severity: string;
  quote: string;
  message: string;
  rationale: string;
  citations: string[];
  source_quote: string | null;
  replacement: string | null;
  clear_breach: boolean;
}

export function finding(partial: Partial<ScriptedFinding> & Pick<ScriptedFinding, 'paragraph' | 'quote'>): ScriptedFinding {
  return {
    category: 'anticorruption',
    severity: 'warning',
    message: 'Неопределённый срок: укажите срок в днях.',
    rationale: 'Коррупциогенный фактор: отсутствие срока.',
    citations: [],
    source_quote: null,
    replacement: null,
    clear_breach: false,
    ...partial,
  };
}

/** A scripted lawyer: flags "в разумный срок" wherever it stands. */
export function vagueDeadlineLawyer(call: FakeCall): FakeReply {
  const findings = clausesOf(call.body)
    .filter((c) => c.text.includes('в разумный срок'))
    .map((c) => finding({ paragraph: c.paragraph, quote: 'в разумный срок', replacement: 'в течение десяти рабочих дней' }));
  return { kind: 'answer', answer: { findings } };
}
