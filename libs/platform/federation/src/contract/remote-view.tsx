import { useEffect, useRef } from 'react';
import type { RemoteDefinition, RemoteServices } from './remote-contract';

/** Props of {@link RemoteView}. */
export interface RemoteViewProps {
  /** A remote that passed {@link checkRemoteModule}. */
  remote: RemoteDefinition;
  /** What the remote is handed. */
  services: RemoteServices;
}

function MountedRemote({ mount, services }: { mount: NonNullable<RemoteDefinition['mount']>; services: RemoteServices }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return undefined;
    // A mount-style remote has no props to update: it is mounted again when the services change.
    return mount(host.current, services);
  }, [mount, services]);
  return <div ref={host} data-remote-host="" />;
}

/**
 * Renders a remote whichever way it exposes itself: its `Component` with the services as props, or
 * an element it `mount`s into (and is unmounted from when the view goes away).
 */
export function RemoteView({ remote, services }: RemoteViewProps) {
  if (remote.Component) {
    const { Component } = remote;
    return <Component {...services} />;
  }
  return <MountedRemote mount={remote.mount} services={services} />;
}
