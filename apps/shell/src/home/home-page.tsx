import { useQuery } from '@apollo/client/react';
import { PORTAL_SUMMARY_QUERY, type PortalSummaryQuery } from '@egov/client-operations';
import { useI18n, withLanguage, type Formatters, type Language } from '@egov/i18n';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { Alert, Link, Skeleton } from '@egov/ui';
import type { ReactNode } from 'react';
import { useAlertLabels } from '../platform/alert-labels';
import { shellMessages } from '../platform/shell-messages';
import * as styles from './home.module.css';

type Summary = PortalSummaryQuery['portalSummary'];
type Indicator = Summary['headlineIndicators'][number];

/**
 * A headline figure in the active language: a unit starting with `%` is a percentage (`32,4 % dịch vụ công`,
 * `32.4% of public services`); otherwise the number and its unit (`10.641 tài khoản`).
 */
export function formatIndicator(indicator: Pick<Indicator, 'value' | 'unitVi' | 'unitEn'>, language: Language, format: Formatters): string {
  const unit = (language === 'vi' ? indicator.unitVi : indicator.unitEn).trim();
  if (unit.startsWith('%')) return format.percent(indicator.value) + unit.slice(1);
  const number = Number.isInteger(indicator.value) ? format.integer(indicator.value) : format.decimal(indicator.value);
  return unit ? `${number} ${unit}` : number;
}

/** A target in the figure's own terms: `30 %` for a percentage, else the number. */
export function formatTarget(indicator: Pick<Indicator, 'unitVi'>, target: number, format: Formatters): string {
  if (indicator.unitVi.trim().startsWith('%')) return format.percent(target);
  return Number.isInteger(target) ? format.integer(target) : format.decimal(target);
}

/** Props of {@link HomePage}. */
export interface HomePageProps {
  /** The remotes of the manifest: a news article links into the `news` remote when there is one. */
  remotes: readonly RemoteManifestEntry[];
}

function Section({ id, title, busy, className, children }: { id: string; title: string; busy: boolean; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} aria-busy={busy || undefined} className={className}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The home page: the latest news, the headline indicators and the quick links of the portal
 * summary, read in one query through the portal's Apollo Client. While it loads the sections show
 * skeletons; when the API is down they say so and the rest of the page stays.
 */
export function HomePage({ remotes }: HomePageProps) {
  const { t, language, format } = useI18n();
  const shell = useI18n(shellMessages);
  const labels = useAlertLabels();
  const { data, loading, error } = useQuery(PORTAL_SUMMARY_QUERY);
  const summary = data?.portalSummary;
  const news = remotes.find((remote) => remote.id === 'news');
  const busy = loading && !summary;

  const placeholder = busy ? <Skeleton lines={3} /> : null;
  const failed = error && !summary ? (
    <Alert variant="warning" labels={labels}>
      <p>{t('apiUnavailable')}</p>
    </Alert>
  ) : null;

  return (
    <>
      <h1 className={styles.title}>{t('portalSubtitle')}</h1>
      <div className={styles.sections}>
        <Section id="home-news" title={t('latestNews')} busy={busy}>
          {placeholder ?? failed ?? (
            <ul className={styles.newsList}>
              {summary?.latestNews.length === 0 && <li>{shell.t('noNews')}</li>}
              {summary?.latestNews.map((article) => (
                <li key={article.id}>
                  <h3 className={styles.newsTitle}>
                    {news ? <Link href={withLanguage(`${news.routeBase}/${article.slug}`, language)}>{article.title}</Link> : article.title}
                  </h3>
                  <time className={styles.newsDate} dateTime={article.publishedAt}>
                    {format.dateTime(article.publishedAt)}
                  </time>
                  <p className={styles.newsSummary}>{article.summary}</p>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="home-indicators" title={t('headlineIndicators')} busy={busy}>
          {placeholder ?? failed ?? (
            <>
              {summary?.period && <p className={styles.small}>{shell.t('period', { period: language === 'vi' ? summary.period.labelVi : summary.period.labelEn })}</p>}
              {summary?.headlineIndicators.length === 0 && <p>{shell.t('noIndicators')}</p>}
              <dl className={styles.figures}>
                {summary?.headlineIndicators.map((indicator) => (
                  <div key={indicator.code} className={styles.figure} data-indicator={indicator.code}>
                    <dt className={styles.figureName}>{language === 'vi' ? indicator.nameVi : indicator.nameEn}</dt>
                    <dd className={styles.figureValue}>{formatIndicator(indicator, language, format)}</dd>
                    {indicator.targetValue !== null && indicator.targetMet !== null && (
                      <dd className={styles.small}>
                        {t(indicator.targetMet ? 'targetMet' : 'targetNotMet', { target: formatTarget(indicator, indicator.targetValue, format) })}
                      </dd>
                    )}
                    {indicator.provisional && <dd className={styles.small}>{t('provisionalFigure')}</dd>}
                  </div>
                ))}
              </dl>
            </>
          )}
        </Section>
        <Section id="home-quick-links" title={t('quickLinks')} busy={busy} className={styles.quickLinks}>
          {placeholder ?? failed ?? (
            <ul className={styles.linkList}>
              {summary?.quickLinks.map((link) => (
                <li key={link.kind}>
                  <Link href={link.external ? link.url : withLanguage(link.url, language)} external={link.external} newTabText={shell.t('opensNewTab')}>
                    {language === 'vi' ? link.labelVi : link.labelEn}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
