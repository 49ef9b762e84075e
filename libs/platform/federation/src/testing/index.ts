export { renderRemoteOnServer, type RemoteRenderedOnServer, type RenderOnServerOptions } from './render-on-server';
