import { useQuery } from '@apollo/client/react';
import { DOSSIER_LOOKUP_QUERY, type PublicDossierFields } from '@egov/client-operations/procedures';
import { LanguageField } from '@egov/i18n';
import { useRouter, useSearchParam } from '@egov/routing';
import { Alert, Button, ErrorSummary, FormField, Link, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import * as styles from '../procedures.module.css';
import { paths } from '../routes';
import { isDossierCode, minutesToWait, normaliseDossierCode, requestProblemOf, timelinessOf, timelineSteps, todayInVietnam } from '../view/dossier-view';
import { LoadFailed, Loading, useAlertLabels, useProceduresI18n } from './common';

/** On time or late, in words, coloured and worded (never colour alone). */
export function TimelinessText({ dossier }: { dossier: Pick<PublicDossierFields, 'dueOn' | 'settledOn' | 'state'> }) {
  const { t, format } = useProceduresI18n();
  const timeliness = timelinessOf(dossier, todayInVietnam());
  switch (timeliness.kind) {
    case 'open-on-time':
      return <span className={styles.onTime}>{timeliness.daysLeft === 0 ? t('openOnTimeToday') : t('openOnTime', { days: timeliness.daysLeft })}</span>;
    case 'open-late':
      return <span className={styles.late}>{t('openLate', { days: timeliness.daysLate })}</span>;
    case 'settled-on-time':
      return <span className={styles.onTime}>{t('settledOnTime', { date: format.date(timeliness.settledOn) })}</span>;
    case 'settled-late':
      return <span className={styles.late}>{t('settledLate', { days: timeliness.daysLate, date: format.date(timeliness.settledOn) })}</span>;
    case 'closed':
      return <span>{t('closed')}</span>;
  }
}

/** The states a dossier went through, oldest first, the current one marked. */
export function Timeline({ entries }: { entries: PublicDossierFields['timeline'] }) {
  const { t, format, language } = useProceduresI18n();
  return (
    <ol className={styles.timeline}>
      {timelineSteps(entries).map((step, index) => (
        <li key={`${index}-${step.state}`} className={step.current ? styles.current : undefined} aria-current={step.current ? 'step' : undefined}>
          {language === 'en' ? step.labelEn : step.labelVi}
          {step.current && <span> ({t('currentStep')})</span>} — <time dateTime={step.at}>{format.dateTime(step.at)}</time>
        </li>
      ))}
    </ol>
  );
}

function DossierResult({ dossier }: { dossier: PublicDossierFields }) {
  const { t, href, format, language } = useProceduresI18n();
  return (
    <section aria-labelledby="dossier-heading">
      <h2 id="dossier-heading">{t('dossierTitle', { code: dossier.code })}</h2>
      <dl className={styles.details}>
        <dt>{t('dossierProcedure')}</dt>
        <dd>
          {dossier.procedure ? (
            <Link href={href(paths.procedure(dossier.procedure.code))}>{language === 'en' ? dossier.procedure.nameEn : dossier.procedure.nameVi}</Link>
          ) : (
            t('unknownProcedure')
          )}
        </dd>
        <dt>{t('dossierChannel')}</dt>
        <dd>{t(`channel_${dossier.channel}`)}</dd>
        {dossier.returnChannel && (
          <>
            <dt>{t('dossierReturnChannel')}</dt>
            <dd>{t(`channel_${dossier.returnChannel}`)}</dd>
          </>
        )}
        <dt>{t('dossierReceivedAt')}</dt>
        <dd>{format.dateTime(dossier.receivedAt)}</dd>
        <dt>{t('dossierDueOn')}</dt>
        <dd>{format.date(dossier.dueOn)}</dd>
        <dt>{t('dossierState')}</dt>
        <dd>
          <strong>{language === 'en' ? dossier.stateLabelEn : dossier.stateLabelVi}</strong>
        </dd>
        {dossier.supplementDeadline && (
          <>
            <dt>{t('supplementDeadline')}</dt>
            <dd>{format.date(dossier.supplementDeadline)}</dd>
          </>
        )}
        <dt>{t('timeliness')}</dt>
        <dd>
          <TimelinessText dossier={dossier} />
        </dd>
      </dl>
      <h3>{t('timelineTitle')}</h3>
      <Timeline entries={dossier.timeline} />
    </section>
  );
}

function LookupAnswer({ code }: { code: string }) {
  const { t } = useProceduresI18n();
  const alertLabels = useAlertLabels();
  // Every lookup asks the gateway: a dossier moves while the page is open.
  const { data, loading, error, refetch } = useQuery(DOSSIER_LOOKUP_QUERY, { variables: { code }, fetchPolicy: 'network-only' });
  if (loading) return <Loading />;
  if (error) {
    const problem = requestProblemOf(error);
    if (problem.kind === 'rate-limited') {
      return (
        <Alert variant="error" title={t('rateLimitedTitle')} labels={alertLabels}>
          <p>{problem.retryAfterSeconds ? t('rateLimited', { minutes: minutesToWait(problem.retryAfterSeconds) }) : t('rateLimitedNoTime')}</p>
        </Alert>
      );
    }
    return <LoadFailed onRetry={() => void refetch()} />;
  }
  if (!data?.dossierLookup) {
    return (
      <Alert variant="warning" title={t('lookupNotFoundTitle')} labels={alertLabels}>
        <p>{t('lookupNotFound', { code })}</p>
      </Alert>
    );
  }
  return <DossierResult dossier={data.dossierLookup} />;
}

/** The public lookup of a dossier by the code on its receipt: no personal data, ever. */
export function LookupPage() {
  const { t, href } = useProceduresI18n();
  const router = useRouter();
  const codeInUrl = normaliseDossierCode(useSearchParam('ma') ?? '');
  const [typed, setTyped] = useState(codeInUrl);
  const [problem, setProblem] = useState<string | null>(codeInUrl && !isDossierCode(codeInUrl) ? t('lookupMalformed') : null);
  const [attempt, setAttempt] = useState(0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const code = normaliseDossierCode(typed);
    if (!code) return setProblem(t('lookupEmpty'));
    if (!isDossierCode(code)) return setProblem(t('lookupMalformed'));
    setProblem(null);
    router.navigate(href(paths.lookup(code)));
  };

  return (
    <>
      <h1>{t('navLookup')}</h1>
      <p>{t('lookupIntro')}</p>
      <p className={styles.muted}>{t('lookupPrivacy')}</p>
      <ErrorSummary errors={problem ? [{ fieldId: 'dossier-code', message: problem }] : []} title={t('alertError')} focusKey={attempt} />
      {/* Without JavaScript it is a plain GET form: `?ma=` is the lookup's address, answered by the server. */}
      <form method="get" action={paths.lookup()} onSubmit={submit} className={styles.lookupForm} noValidate>
        <LanguageField />
        <FormField id="dossier-code" label={t('lookupLabel')} hint={t('lookupHint')} error={problem ?? undefined} errorPrefix={t('alertError')}>
          {(control) => (
            <TextInput {...control} name="ma" autoComplete="off" spellCheck={false} value={typed} maxLength={40} onChange={(event) => setTyped(event.target.value)} />
          )}
        </FormField>
        <div className={styles.actions}>
          <Button type="submit">{t('lookupSubmit')}</Button>
        </div>
      </form>
      {/* Present from the start, so a screen reader announces each answer as it comes; a code typed
          wrong clears the answer to the code before, which no longer matches the field. */}
      <div aria-live="polite" data-lookup-answer>
        {!problem && codeInUrl && isDossierCode(codeInUrl) && <LookupAnswer key={`${codeInUrl}:${attempt}`} code={codeInUrl} />}
      </div>
    </>
  );
}
