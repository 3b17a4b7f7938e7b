/**
 * The catalog's words of the review reports, the monitoring report and the CLI's counts, with the
 * pane's words beside them (categories, severities, skip reasons): the pane imports none of this.
 */
import type { UiLanguage } from '../../core/language';
import { CATALOGS, catalogTranslator, type MessageKey, type Translate } from '../index';
import { reportsEn, type ReportMessageKey, type ReportMessages } from './en';
import { reportsKk } from './kk';
import { reportsRu } from './ru';

export type { ReportMessageKey, ReportMessages };
export const REPORT_CATALOGS: Record<UiLanguage, ReportMessages> = { en: reportsEn, ru: reportsRu, kk: reportsKk };

/** Any key of the catalog, the pane's or the reports'. */
export type AnyMessageKey = MessageKey | ReportMessageKey;

export function reportTranslator(language: UiLanguage): Translate<AnyMessageKey> {
  return catalogTranslator<AnyMessageKey>({ ...CATALOGS[language], ...REPORT_CATALOGS[language] }, language);
}
