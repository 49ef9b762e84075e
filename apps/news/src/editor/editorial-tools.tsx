import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  NEWS_ARTICLE_PUBLISH_MUTATION,
  NEWS_ARTICLE_QUERY,
  NEWS_ARTICLE_WITHDRAW_MUTATION,
  type NewsArticleFields,
  type UserErrorFields,
} from '@egov/client-operations/news';
import { useI18n } from '@egov/i18n';
import { Alert, Button, ErrorSummary, FormField, Link, TextArea, TextInput, type FieldError } from '@egov/ui';
import { useState } from 'react';
import { newsMessages } from '../messages';
import { useAlertLabels } from '../view/alert-labels';
import { editorialStatus, vietnamLocalToInstant } from '../view/dates';
import { useNewsLinks } from '../view/use-news-paths';
import { forgetArticleLists } from './cache';
import { editorMessages } from './editor-messages';
import * as styles from './editor.module.css';

const SCHEDULE_ID = 'news-publish-at';
const REASON_ID = 'news-withdraw-reason';

/**
 * The editor's tools on an article's page: publish now, schedule, withdraw with a reason, publish
 * again, and the link to the edit form. A stale version (someone else acted first) is said, and
 * the latest version is read again.
 */
export default function EditorialTools({ article }: { article: NewsArticleFields }) {
  const { t } = useI18n(editorMessages);
  const news = useI18n(newsMessages);
  const { format } = news;
  const labels = useAlertLabels();
  const links = useNewsLinks();
  const client = useApolloClient();
  const [publish, publishing] = useMutation(NEWS_ARTICLE_PUBLISH_MUTATION);
  const [withdraw, withdrawing] = useMutation(NEWS_ARTICLE_WITHDRAW_MUTATION);
  const [at, setAt] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [failed, setFailed] = useState(false);
  const status = editorialStatus(article);

  async function run(action: () => Promise<{ userErrors: UserErrorFields[]; article: NewsArticleFields | null }>, success: (saved: NewsArticleFields) => string, fieldId: string) {
    setAttempt((n) => n + 1);
    setDone(null);
    setStale(false);
    setFailed(false);
    try {
      const { userErrors, article: saved } = await action();
      if (userErrors.some((error) => error.code === 'CONFLICT')) {
        setStale(true);
        setErrors([]);
        await client.query({ query: NEWS_ARTICLE_QUERY, variables: { slug: article.slug }, fetchPolicy: 'network-only' });
        return;
      }
      if (userErrors.length > 0 || !saved) {
        setErrors(userErrors.map((error) => ({ fieldId, message: error.message })));
        return;
      }
      setErrors([]);
      forgetArticleLists(client);
      setDone(success(saved));
    } catch {
      setFailed(true);
    }
  }

  const publishNow = () =>
    run(
      async () => {
        const result = await publish({ variables: { input: { id: article.id, version: article.version } } });
        return { userErrors: result.data?.newsArticlePublish.userErrors ?? [], article: result.data?.newsArticlePublish.newsArticle ?? null };
      },
      () => t('publishedDone'),
      SCHEDULE_ID,
    );

  function schedule() {
    const instant = vietnamLocalToInstant(at);
    if (!instant || Date.parse(instant) <= Date.now()) {
      setAttempt((n) => n + 1);
      setErrors([{ fieldId: SCHEDULE_ID, message: t('scheduleMissing') }]);
      return;
    }
    void run(
      async () => {
        const result = await publish({ variables: { input: { id: article.id, version: article.version, at: instant } } });
        return { userErrors: result.data?.newsArticlePublish.userErrors ?? [], article: result.data?.newsArticlePublish.newsArticle ?? null };
      },
      (saved) => t('scheduledDone', { time: format.dateTime(saved.publishedAt ?? instant) }),
      SCHEDULE_ID,
    );
  }

  function withdrawNow() {
    if (!reason.trim()) {
      setAttempt((n) => n + 1);
      setErrors([{ fieldId: REASON_ID, message: t('withdrawMissing') }]);
      return;
    }
    void run(
      async () => {
        const result = await withdraw({ variables: { input: { id: article.id, version: article.version, reason: reason.trim() } } });
        return { userErrors: result.data?.newsArticleWithdraw.userErrors ?? [], article: result.data?.newsArticleWithdraw.newsArticle ?? null };
      },
      () => {
        setReason('');
        return t('withdrawnDone');
      },
      REASON_ID,
    );
  }

  const errorOf = (id: string) => errors.find((error) => error.fieldId === id)?.message;
  const busy = publishing.loading || withdrawing.loading;

  return (
    <section className={styles.tools} aria-labelledby="news-tools-heading">
      <h2 id="news-tools-heading">{t('toolsTitle')}</h2>
      {done && (
        <Alert variant="success" labels={labels}>
          <p>{done}</p>
        </Alert>
      )}
      {stale && (
        <Alert variant="error" labels={labels}>
          <p>{t('staleAction')}</p>
        </Alert>
      )}
      {failed && (
        <Alert variant="error" labels={labels}>
          <p>{t('networkError')}</p>
        </Alert>
      )}
      <ErrorSummary errors={errors} title={t('errorSummary')} focusKey={attempt} headingLevel={3} />
      <p>
        <Link href={links.edit(article.slug)}>{t('editLink')}</Link>
      </p>
      {(status === 'draft' || status === 'withdrawn') && (
        <div className={styles.inline}>
          <Button onClick={() => void publishNow()} loading={busy} loadingText={news.t('working')}>
            {status === 'withdrawn' ? t('restore') : t('publishNow')}
          </Button>
        </div>
      )}
      {status === 'draft' && (
        <fieldset className={styles.fieldset}>
          <legend>{t('scheduleLegend')}</legend>
          <div className={styles.inline}>
            <FormField id={SCHEDULE_ID} label={t('scheduleAt')} hint={t('scheduleHint')} error={errorOf(SCHEDULE_ID)} errorPrefix={news.t('errorPrefix')}>
              {(control) => <TextInput {...control} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />}
            </FormField>
            <Button variant="secondary" onClick={schedule} loading={busy} loadingText={news.t('working')}>
              {t('scheduleButton')}
            </Button>
          </div>
        </fieldset>
      )}
      {(status === 'published' || status === 'scheduled') && (
        <fieldset className={styles.fieldset}>
          <legend>{t('withdrawLegend')}</legend>
          <FormField id={REASON_ID} label={t('withdrawReason')} hint={t('withdrawHint')} error={errorOf(REASON_ID)} errorPrefix={news.t('errorPrefix')}>
            {(control) => <TextArea {...control} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </FormField>
          <Button variant="danger" onClick={withdrawNow} loading={busy} loadingText={news.t('working')}>
            {t('withdrawButton')}
          </Button>
        </fieldset>
      )}
    </section>
  );
}
