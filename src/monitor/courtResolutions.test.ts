import { docFromLines } from '../core/document';
import { parseAct } from '../core/act/parse';
import { loadCorpus } from '../corpus';
import { candidateFinding } from './candidateFinding';
import { nearestNorms } from './courtResolutions';
import { QueryIndex, resolutionQueries } from './resolutionQueries';

const queries = resolutionQueries();
const index = new QueryIndex(queries);
const reviewedOf = (number: string) => queries.find((q) => q.number === number)!;

describe('Court resolutions: the norms of an act nearest to the norm the Court reviewed', () => {
  test('every query comes from a resolution of the corpus, with the reviewed text and without the act name or edition notes', () => {
    expect(queries.length).toBeGreaterThan(30);
    for (const q of queries) {
      expect(loadCorpus().resolution(q.number)).toBeDefined();
      expect(q.reviewed).not.toMatch(/^Уголовно-процессуальный кодекс Республики Казахстан\./);
      expect(q.reviewed).not.toMatch(/вводится в действие/);
    }
  });

  test('ru: the reviewed words living on in another act are found, ranked first, a warning for an unconstitutional norm', () => {
    const q = reviewedOf('29-НП');
    expect(q.outcome).toBe('unconstitutional');
    const act = parseAct(
      docFromLines([
        'Об исполнении наказаний',
        'Закон Республики Казахстан от 5 мая 2020 года № 100-VII.',
        'Статья 1. Общие положения',
        '1. Настоящий Закон регулирует порядок исполнения наказаний.',
        'Статья 2. Жалобы',
        q.reviewed,
        'Статья 3. Сроки',
        '1. Сроки исчисляются в календарных днях.',
      ]),
    );
    const found = nearestNorms(act, index).filter((c) => c.number === '29-НП');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].score).toBeGreaterThan(0.8);
    expect(act.units[found[0].unitId].path).toMatch(/^ст\. 2/);
    const f = candidateFinding(act, found[0], loadCorpus());
    expect(f.severity).toBe('warning');
    expect(f.category).toBe('constitution');
    expect(f.message).toContain('29-НП');
    expect(f.citations.map((c) => c.id)).toContain('cc:29-НП');
    // Unrelated norms of the same act are not candidates.
    expect(nearestNorms(act, index).some((c) => act.units[c.unitId].path.startsWith('ст. 3'))).toBe(false);
  });

  test('ru: a norm the Court found constitutional is at most info', () => {
    const q = reviewedOf('69-НП');
    expect(q.outcome).toBe('constitutional');
    const act = parseAct(docFromLines(['О земле', 'Закон Республики Казахстан от 5 мая 2020 года № 100-VII.', 'Статья 1. Предоставление участков', q.reviewed]));
    const c = nearestNorms(act, index).find((x) => x.number === '69-НП')!;
    expect(candidateFinding(act, c, loadCorpus()).severity).toBe('info');
  });

  test('ru: an act with no words of any reviewed norm has no candidates', () => {
    const act = parseAct(
      docFromLines(['О пчеловодстве', 'Закон Республики Казахстан от 5 мая 2020 года № 100-VII.', 'Статья 1. Пасеки', '1. Пасеки размещаются на расстоянии не менее пятисот метров от дорог.']),
    );
    expect(nearestNorms(act, index)).toEqual([]);
  });

  test('kk: the act\'s own note names the resolution: the subitem it names is the candidate, by note', () => {
    const act = parseAct(
      docFromLines([
        'Бейбіт жиналыстар туралы',
        'Қазақстан Республикасының 2020 жылғы 25 мамырдағы № 333-VI Заңы.',
        '11-бап. Хабарламаны қарау тәртібі',
        '1. Жергілікті атқарушы орган хабарламаны қарау нәтижелері бойынша мынадай шешімдердің бірін қабылдайды:',
        '1) бейбіт жиналысты өткізу туралы;',
        '2) осы Заңның 14-бабында көзделген негіздер бойынша пикеттеуді өткізуден бас тарту туралы;',
        '3) өткізу орнын өзгерту туралы.',
        'ҚР Конституциялық Сотының 20.01.2025 № 61-НҚ нормативтік қаулысымен 1-тармақтың 2) және 3) тармақшалары Қазақстан Республикасының Конституциясына сәйкес келеді деп танылды.',
        '12-бап. Шешімге шағым жасау',
        '1. Шешімге сотқа шағым жасалуы мүмкін.',
      ]),
    );
    const found = nearestNorms(act, index);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ number: '61-НП', byNote: true, score: 1 });
    expect(act.units[found[0].unitId].path).toBe('11-бап 1-тармақ 2) тармақша');
    const f = candidateFinding(act, found[0], loadCorpus());
    expect(f.severity).toBe('warning'); // constitutional only in the Court's interpretation
    expect(f.message).toMatch(/^Актінің ескертпесі бойынша/);
    expect(f.anchor.quote).toBe('2) осы Заңның 14-бабында көзделген негіздер бойынша пикеттеуді өткізуден бас тарту туралы;');
  });

  test('ru: a note naming the unit ("пункт 1 статьи 40") anchors on that item, not on the line above the note', () => {
    const act = parseAct(
      docFromLines([
        'Земельный кодекс Республики Казахстан',
        'Кодекс Республики Казахстан от 20 июня 2003 года № 442.',
        'Статья 40. Переход права землепользования',
        '1. Переход права землепользования означает возникновение права у правопреемника.',
        '2. Право переходит в том же объеме.',
        'Нормативным постановлением Конституционного Суда РК от 30.01.2025 № 64-НП положение пункта 1 статьи 40 Земельного кодекса РК признано не соответствующим Конституции Республики Казахстан.',
      ]),
    );
    const found = nearestNorms(act, index);
    expect(found.map((c) => [c.number, act.units[c.unitId].path, c.outcome, c.date])).toEqual([['64-НП', 'ст. 40 п. 1', 'unconstitutional', '30.01.2025']]);
    // 64-НП is not in the corpus: reported from the act's own official note, with nothing cited that the corpus cannot confirm.
    expect(loadCorpus().resolution('64-НП')).toBeUndefined();
    const f = candidateFinding(act, found[0], loadCorpus());
    expect(f.severity).toBe('warning');
    expect(f.citations.map((c) => c.id)).toEqual(['const2026:96.3']);
    expect(f.message).toContain('постановления нет в корпусе');
  });
});
