import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  NEWS_ARTICLE_CREATE_MUTATION,
  NEWS_ARTICLE_QUERY,
  NEWS_ARTICLE_UPDATE_MUTATION,
  NEWS_UNITS_QUERY,
  type NewsArticleFields,
  type UserErrorFields,
} from '@egov/client-operations/news';
import { useI18n } from '@egov/i18n';
import { useRouter } from '@egov/routing';
import { Alert, Button, ErrorSummary, FormField, Link, Select, TextArea, TextInput, type FieldError } from '@egov/ui';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { newsMessages } from '../messages';
import * as newsStyles from '../news.module.css';
import { useAlertLabels } from '../view/alert-labels';
import { useNewsLinks } from '../view/use-news-paths';
import { forgetArticleLists } from './cache';
import { editorMessages } from './editor-messages';
import * as styles from './editor.module.css';
import { contentInput, draftOf, emptyDraft, fieldIds, isConflict, validateDraft, type ArticleDraft, type DraftError } from './form-model';
import { markdownToSafeHtml } from './markdown';
import { applyMarkdown, type MarkdownAction } from './markdown-toolbar';
import { serverFieldErrors } from './server-errors';

export interface ArticleFormProps {
  /** The article edited; none for a new draft. */
  article?: NewsArticleFields;
  /** The signed-in editor's name, the author by default of a new draft. */
  displayName: string;
}

/** A change note is due once readers may have seen the article (its first publication has passed). */
const noteRequired = (article?: NewsArticleFields) => !!article?.firstPublishedAt && Date.parse(article.firstPublishedAt) <= Date.now();

/**
 * The editor's form for a new draft or an edit: every field, a Markdown body with a toolbar and a
 * preview, errors listed at the top and beside each field. Nothing the editor typed is lost on a
 * refusal, a network failure or a conflict with someone else's save.
 */
export function ArticleForm({ article, displayName }: ArticleFormProps) {
  const { t, language } = useI18n(editorMessages);
  const news = useI18n(newsMessages);
  const labels = useAlertLabels();
  const links = useNewsLinks();
  const router = useRouter();
  const client = useApolloClient();
  const units = useQuery(NEWS_UNITS_QUERY).data?.units.nodes ?? [];
  const [draft, setDraft] = useState<ArticleDraft>(() => (article ? draftOf(article) : emptyDraft(displayName)));
  const [version, setVersion] = useState(article?.version ?? 0);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<'none' | 'stale' | 'rebased'>('none');
  const [failed, setFailed] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [create, creating] = useMutation(NEWS_ARTICLE_CREATE_MUTATION);
  const [update, updating] = useMutation(NEWS_ARTICLE_UPDATE_MUTATION);
  const body = useRef<HTMLTextAreaElement>(null);
  const changeNoteRequired = noteRequired(article);

  const set = <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errorOf = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;
  const localMessage = (error: DraftError) => (error.figure ? t(error.problem as 'figureFileInvalid', { number: error.figure }) : t(error.problem as 'titleMissing'));
  const unitName = (unit: { nameVi: string; nameEn: string }) => (language === 'vi' ? unit.nameVi : unit.nameEn);

  function format(action: MarkdownAction) {
    const area = body.current;
    const next = applyMarkdown({ value: draft.body, start: area?.selectionStart ?? draft.body.length, end: area?.selectionEnd ?? draft.body.length }, action, t('placeholderWord'));
    set('body', next.value);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.start, next.end);
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setFailed(false);
    const local = validateDraft(draft, { changeNoteRequired });
    if (local.length > 0) {
      setErrors(local.map((error) => ({ fieldId: error.fieldId, message: localMessage(error) })));
      return;
    }
    const content = contentInput(draft, markdownToSafeHtml(draft.body));
    let userErrors: UserErrorFields[] = [];
    let saved: NewsArticleFields | null = null;
    try {
      if (article) {
        const result = await update({ variables: { input: { ...content, id: article.id, version, changeNote: draft.changeNote.trim() || null } } });
        userErrors = result.data?.newsArticleUpdate.userErrors ?? [];
        saved = result.data?.newsArticleUpdate.newsArticle ?? null;
      } else {
        const result = await create({ variables: { input: content } });
        userErrors = result.data?.newsArticleCreate.userErrors ?? [];
        saved = result.data?.newsArticleCreate.newsArticle ?? null;
      }
    } catch {
      setErrors([]);
      setFailed(true);
      return;
    }
    if (isConflict(userErrors)) {
      setConflict('stale');
      setErrors(serverFieldErrors(userErrors, t));
      return;
    }
    if (userErrors.length > 0 || !saved) {
      setErrors(serverFieldErrors(userErrors, t));
      return;
    }
    setErrors([]);
    setConflict('none');
    forgetArticleLists(client);
    router.navigate(links.article(saved.slug));
  }

  /** Takes the latest version number, keeping every field as the editor typed it. */
  async function keepMine() {
    if (!article) return;
    try {
      const latest = await client.query({ query: NEWS_ARTICLE_QUERY, variables: { slug: article.slug }, fetchPolicy: 'network-only' });
      if (latest.data?.newsArticle) setVersion(latest.data.newsArticle.version);
      setConflict('rebased');
    } catch {
      setFailed(true);
    }
  }

  const previewHtml = useMemo(() => (previewing ? markdownToSafeHtml(draft.body) : ''), [previewing, draft.body]);
  const busy = creating.loading || updating.loading;

  return (
    <>
      <h1 className={newsStyles.title}>{article ? t('editTitle', { title: article.title }) : t('newTitle')}</h1>
      {conflict === 'stale' && (
        <Alert variant="error" title={t('conflictTitle')} labels={labels}>
          <p>{t('conflictBody')}</p>
          <p className={styles.inline}>
            {article && (
              <Link href={links.article(article.slug)} newTab newTabText="">
                {t('conflictOpenLatest')}
              </Link>
            )}
            <Button variant="secondary" onClick={() => void keepMine()}>
              {t('conflictKeepMine')}
            </Button>
          </p>
        </Alert>
      )}
      {conflict === 'rebased' && (
        <Alert variant="info" labels={labels}>
          <p>{t('conflictRebased')}</p>
        </Alert>
      )}
      {failed && (
        <Alert variant="error" labels={labels}>
          <p>{t('networkError')}</p>
        </Alert>
      )}
      <ErrorSummary errors={errors} title={t('errorSummary')} focusKey={attempt} />
      <form className={styles.form} noValidate onSubmit={(event) => void submit(event)}>
        <FormField id={fieldIds.title} label={t('fieldTitle')} error={errorOf(fieldIds.title)} errorPrefix={news.t('errorPrefix')}>
          {(control) => <TextInput {...control} name="title" value={draft.title} maxLength={400} onChange={(e) => set('title', e.target.value)} />}
        </FormField>
        <FormField id={fieldIds.summary} label={t('fieldSummary')} hint={t('fieldSummaryHint')} error={errorOf(fieldIds.summary)} errorPrefix={news.t('errorPrefix')}>
          {(control) => <TextArea {...control} name="summary" rows={3} value={draft.summary} onChange={(e) => set('summary', e.target.value)} />}
        </FormField>
        <FormField id={fieldIds.body} label={t('fieldBody')} hint={t('fieldBodyHint')} error={errorOf(fieldIds.body)} errorPrefix={news.t('errorPrefix')}>
          {(control) => (
            <>
              <div role="group" aria-label={t('toolbar')} className={styles.toolbar}>
                {(
                  [
                    ['bold', t('toolBold'), 'B'],
                    ['italic', t('toolItalic'), 'I'],
                    ['heading', t('toolHeading'), 'H'],
                    ['list', t('toolList'), '•'],
                    ['link', t('toolLink'), '🔗'],
                  ] as const
                ).map(([action, label]) => (
                  <button key={action} type="button" onClick={() => format(action)}>
                    {label}
                  </button>
                ))}
              </div>
              <TextArea {...control} ref={body} name="body" rows={14} className={styles.body} value={draft.body} onChange={(e) => set('body', e.target.value)} />
            </>
          )}
        </FormField>
        <FormField id={fieldIds.authorName} label={t('fieldAuthorName')} error={errorOf(fieldIds.authorName)} errorPrefix={news.t('errorPrefix')}>
          {(control) => <TextInput {...control} name="authorName" autoComplete="name" value={draft.authorName} onChange={(e) => set('authorName', e.target.value)} />}
        </FormField>
        <FormField id={fieldIds.authorUnitCode} label={t('fieldAuthorUnit')} error={errorOf(fieldIds.authorUnitCode)} errorPrefix={news.t('errorPrefix')}>
          {(control) => (
            <Select {...control} name="authorUnitCode" value={draft.authorUnitCode} onChange={(e) => set('authorUnitCode', e.target.value)}>
              <option value="">{t('chooseUnit')}</option>
              {units.map((unit) => (
                <option key={unit.code} value={unit.code}>
                  {unitName(unit)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <fieldset className={styles.fieldset}>
          <legend>{t('fieldRelatedUnits')}</legend>
          {errorOf(fieldIds.relatedUnitCodes) && <p className={styles.hint}>{errorOf(fieldIds.relatedUnitCodes)}</p>}
          <ul className={styles.checkboxes}>
            {units.map((unit, index) => (
              <li key={unit.code} className={styles.checkbox}>
                <input
                  type="checkbox"
                  id={index === 0 ? fieldIds.relatedUnitCodes : `${fieldIds.relatedUnitCodes}-${unit.code}`}
                  checked={draft.relatedUnitCodes.includes(unit.code)}
                  onChange={(e) =>
                    set('relatedUnitCodes', e.target.checked ? [...draft.relatedUnitCodes, unit.code] : draft.relatedUnitCodes.filter((code) => code !== unit.code))
                  }
                />
                <label htmlFor={index === 0 ? fieldIds.relatedUnitCodes : `${fieldIds.relatedUnitCodes}-${unit.code}`}>{unitName(unit)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <FormField id={fieldIds.eventDate} label={t('fieldEventDate')} error={errorOf(fieldIds.eventDate)} errorPrefix={news.t('errorPrefix')}>
          {(control) => <TextInput {...control} type="date" name="eventDate" value={draft.eventDate} onChange={(e) => set('eventDate', e.target.value)} />}
        </FormField>
        <FormField id={fieldIds.reportsPeriod} label={t('fieldReportsPeriod')} hint={t('fieldReportsPeriodHint')} error={errorOf(fieldIds.reportsPeriod)} errorPrefix={news.t('errorPrefix')}>
          {(control) => <TextInput {...control} name="reportsPeriod" value={draft.reportsPeriod} onChange={(e) => set('reportsPeriod', e.target.value)} />}
        </FormField>
        <FormField id={fieldIds.topics} label={t('fieldTopics')} hint={t('fieldTopicsHint')} error={errorOf(fieldIds.topics)} errorPrefix={news.t('errorPrefix')}>
          {(control) => <TextArea {...control} name="topics" rows={3} value={draft.topics} onChange={(e) => set('topics', e.target.value)} />}
        </FormField>
        <fieldset className={styles.fieldset}>
          <legend>{t('figuresLegend')}</legend>
          <p className={styles.hint}>{t('figuresHint')}</p>
          {draft.figures.map((figure, index) => (
            <div key={index} className={styles.figure}>
              <FormField id={fieldIds.figureFile(index)} label={t('figureFile', { number: index + 1 })} error={errorOf(fieldIds.figureFile(index))} errorPrefix={news.t('errorPrefix')}>
                {(control) => (
                  <TextInput
                    {...control}
                    value={figure.fileName}
                    onChange={(e) => set('figures', draft.figures.map((f, i) => (i === index ? { ...f, fileName: e.target.value } : f)))}
                  />
                )}
              </FormField>
              <FormField id={fieldIds.figureCaption(index)} label={t('figureCaption', { number: index + 1 })} error={errorOf(fieldIds.figureCaption(index))} errorPrefix={news.t('errorPrefix')}>
                {(control) => (
                  <TextArea
                    {...control}
                    rows={2}
                    value={figure.caption}
                    onChange={(e) => set('figures', draft.figures.map((f, i) => (i === index ? { ...f, caption: e.target.value } : f)))}
                  />
                )}
              </FormField>
              <Button variant="secondary" onClick={() => set('figures', draft.figures.filter((_, i) => i !== index))}>
                {t('removeFigure', { number: index + 1 })}
              </Button>
            </div>
          ))}
          <Button variant="secondary" onClick={() => set('figures', [...draft.figures, { fileName: '', caption: '' }])}>
            {t('addFigure')}
          </Button>
        </fieldset>
        {article && (
          <FormField
            id={fieldIds.changeNote}
            label={t('fieldChangeNote')}
            hint={changeNoteRequired ? t('fieldChangeNoteHint') : t('fieldChangeNoteOptional')}
            error={errorOf(fieldIds.changeNote)}
            errorPrefix={news.t('errorPrefix')}
          >
            {(control) => <TextArea {...control} name="changeNote" rows={2} value={draft.changeNote} onChange={(e) => set('changeNote', e.target.value)} />}
          </FormField>
        )}
        <div className={styles.actions}>
          <Button type="submit" loading={busy} loadingText={news.t('working')}>
            {article ? t('saveChanges') : t('save')}
          </Button>
          <Button variant="secondary" aria-expanded={previewing} aria-controls="news-preview" onClick={() => setPreviewing((shown) => !shown)}>
            {previewing ? t('hidePreview') : t('preview')}
          </Button>
          <Link href={article ? links.article(article.slug) : links.desk()}>{t('cancel')}</Link>
        </div>
      </form>
      <div id="news-preview">
        {previewing && (
          <section className={styles.preview} aria-labelledby="news-preview-heading">
            <h2 id="news-preview-heading">{t('previewHeading')}</h2>
            <p className={styles.hint}>{t('previewNote')}</p>
            <p className={styles.previewTitle} role="heading" aria-level={3}>
              {draft.title}
            </p>
            {draft.summary.trim() && (
              <p>
                <strong>{draft.summary}</strong>
              </p>
            )}
            <div className={newsStyles.body} dangerouslySetInnerHTML={{ __html: previewHtml }} />
            {draft.figures.length > 0 && (
              <div className={newsStyles.figures}>
                {draft.figures.map((figure, index) => (
                  <figure key={index} className={newsStyles.figure}>
                    <div role="img" aria-label={figure.caption || figure.fileName} className={newsStyles.placeholder}>
                      <span aria-hidden="true">
                        {news.t('figureLabel', { position: index + 1 })} · {news.t('imageMissing')}
                      </span>
                    </div>
                    <figcaption className={newsStyles.caption}>{figure.caption}</figcaption>
                  </figure>
                ))}
              </div>
            )}
          </section>
        )}
      </div>
    </>
  );
}
