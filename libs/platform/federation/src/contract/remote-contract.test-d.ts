import { expectTypeOf } from 'vitest';
import { defineRemote, type RemoteDefinition, type RemoteServices } from './remote-contract';

const nav = { vi: 'Tin tức', en: 'News' };
const Component = (_services: RemoteServices) => null;

expectTypeOf(defineRemote({ id: 'news', routeBase: '/news', nav, Component })).toEqualTypeOf<RemoteDefinition>();
defineRemote({ id: 'news', routeBase: '/news', nav, mount: (element: HTMLElement) => () => element.replaceChildren() });

// @ts-expect-error a remote needs a Component or a mount function
defineRemote({ id: 'news', routeBase: '/news', nav });
// @ts-expect-error not both
defineRemote({ id: 'news', routeBase: '/news', nav, Component, mount: () => () => undefined });
// @ts-expect-error both labels are required
defineRemote({ id: 'news', routeBase: '/news', nav: { vi: 'Tin tức' }, Component });
// @ts-expect-error a mount function must return how to unmount
defineRemote({ id: 'news', routeBase: '/news', nav, mount: () => undefined });
// @ts-expect-error the component receives the services, not something else
defineRemote({ id: 'news', routeBase: '/news', nav, Component: (_props: { article: string }) => null });

declare const remote: RemoteDefinition;
expectTypeOf(remote.contractVersion).toEqualTypeOf<1>();
if (remote.Component) expectTypeOf(remote.mount).toEqualTypeOf<undefined>();
