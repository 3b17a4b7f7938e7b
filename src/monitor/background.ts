/**
 * The fixed background of legal Russian and Kazakh that monitoring weighs terms against: the 2026
 * and 1995 Constitutions, the Law "On Legal Acts" and the norms the Constitutional Court reviewed,
 * one document per paragraph. Its document frequencies are counted when the corpus is built (`npm
 * run corpus` writes them to src/corpus/data/legal-background.json), not in every sweep worker:
 * stemming the whole background took most of a worker's set-up.
 */
import type { ConstitutionData, LegalActsLawData, ResolutionData } from '../corpus/data-types';
import { terms } from '../corpus/text';

/** How many documents the background has, and in how many of them each term occurs. */
export interface BackgroundFrequencies {
  docs: number;
  /** term → document frequency, terms in code-point order (the file is reproducible). */
  df: Record<string, number>;
}

export function backgroundFrequencies(data: { constitution: ConstitutionData; legalActsLaw: LegalActsLawData; resolutions: readonly ResolutionData[] }): BackgroundFrequencies {
  const docs: Set<string>[] = [];
  for (const a of [...data.constitution.c2026, ...data.constitution.c1995]) for (const [, , ru, kk] of a.p) docs.push(new Set(terms(ru, 'ru')), new Set(terms(kk, 'kk')));
  for (const a of [...data.legalActsLaw.ru, ...data.legalActsLaw.kk]) for (const [, , text] of a.p) docs.push(new Set(terms(text)));
  for (const r of data.resolutions) for (const norm of reviewedNorms(r)) docs.push(new Set(terms(norm, 'ru')));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const sorted = [...df.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { docs: docs.length, df: Object.fromEntries(sorted) };
}

/**
 * The reviewed norms of a record, one per line, each without the act's name ("Уголовный кодекс
 * Республики Казахстан. …") and without the database's words about editions ("Исключен Законом РК
 * от … (вводится в действие …)"), which every act shares and which would match entry-into-force
 * boilerplate instead of the norm.
 */
export function reviewedNorms(r: ResolutionData): string[] {
  return (r.r ?? '')
    .split('\n')
    .map((line) =>
      line
        .replace(/^[^.«]*(?:«[^»]*»)?[^.]*?(?:Казахстан|»|\))\s*\.\s+/u, '')
        .replace(/\((?:вводится|введен)[^)]*\)/gu, ' ')
        .replace(/[^.]*(?:Законом|Закона)\s+РК\s+от\s+[\d.]+\s*№\s*[\w-]+[^.]*\./gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 20);
}
