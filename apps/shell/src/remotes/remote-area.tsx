import { RemoteView, type RemoteDefinition, type RemoteLoader, type RemoteServices } from '@egov/federation';
import { useI18n } from '@egov/i18n';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { Skeleton } from '@egov/ui';
import { useCallback, useEffect, useState } from 'react';
import { RemoteErrorBoundary } from './remote-error-boundary';
import { RemoteFallback, type RemoteProblem } from './remote-fallback';

/** Props of {@link RemoteArea}. */
export interface RemoteAreaProps {
  /** The remote as the manifest lists it. */
  remote: RemoteManifestEntry;
  loader: RemoteLoader;
  /** The remote's definition when it was loaded before the first render (server-rendered pages hydrate with it). */
  preloaded?: RemoteDefinition | undefined;
  /** What the remote is handed (the one Apollo Client, the event bus, the language, its base path). */
  services: RemoteServices;
}

type AreaState = { status: 'loading' } | { status: 'ready'; definition: RemoteDefinition } | { status: 'failed'; problem: RemoteProblem };

/** A failed load's kind, as the reader is told it: slow (every attempt timed out), refused or down. */
function problemOf(result: Exclude<Awaited<ReturnType<RemoteLoader['load']>>, { ok: true }>): RemoteProblem {
  if (result.failure === 'refused') return 'refused';
  return result.error instanceof Error && result.error.name === 'AttemptTimedOut' ? 'timed-out' : 'unavailable';
}

/**
 * One remote's area of the page: loads the remote through the loader (retry, back-off, timeout,
 * contract check), shows a skeleton meanwhile, renders it inside an error boundary, and in its
 * place, when it is down, slow, throwing or refused, a translated message with a retry button.
 * The loader answers within 2.8 s, so the message shows within 3 s; the rest of the page never waits.
 */
export function RemoteArea({ remote, loader, preloaded, services }: RemoteAreaProps) {
  const { t, language } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AreaState>(preloaded ? { status: 'ready', definition: preloaded } : { status: 'loading' });
  const section = remote.nav[language];

  useEffect(() => {
    if (attempt === 0 && preloaded) return undefined;
    let current = true;
    setState({ status: 'loading' });
    void loader.load(remote.id).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', definition: result.remote } : { status: 'failed', problem: problemOf(result) });
    });
    return () => {
      current = false;
    };
  }, [loader, remote.id, attempt, preloaded]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  if (state.status === 'loading') {
    return (
      <section aria-busy="true" aria-label={section} data-remote-area={remote.id}>
        <p role="status">{t('remoteLoading', { section })}</p>
        <Skeleton lines={4} />
      </section>
    );
  }
  if (state.status === 'failed') {
    return (
      <section aria-label={section} data-remote-area={remote.id}>
        <RemoteFallback section={section} problem={state.problem} {...(state.problem === 'refused' ? {} : { onRetry: retry })} />
      </section>
    );
  }
  return (
    <section aria-label={section} data-remote-area={remote.id}>
      <RemoteErrorBoundary remoteId={remote.id} resetKey={attempt} fallback={<RemoteFallback section={section} problem="crashed" onRetry={retry} />}>
        <RemoteView remote={state.definition} services={services} />
      </RemoteErrorBoundary>
    </section>
  );
}
