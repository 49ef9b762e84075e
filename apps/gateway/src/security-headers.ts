import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import type { FastifyInstance } from 'fastify';

/**
 * Powerful browser features the portal never uses, switched off for it and for anything it might
 * embed (helmet sets no Permissions-Policy of its own).
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Two years, sub-domains included: what the HSTS preload list asks for. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/**
 * The origins a page may load remotes from: those of the manifest's absolute entries
 * (`https://cdn.example.vn/statistics/mf-manifest.json` → `https://cdn.example.vn`). Entries on
 * the portal's own origin (`/remotes/news/…`) are `'self'` already.
 */
export function remoteOriginsOf(remotes: readonly Pick<RemoteManifestEntry, 'entry'>[]): string[] {
  const origins = remotes.filter((remote) => !remote.entry.startsWith('/')).map((remote) => new URL(remote.entry).origin);
  return [...new Set(origins)].sort();
}

/**
 * The Content-Security-Policy of the portal's answers. The shell's page has no inline script
 * (its build writes `<script defer src=…>` only, and no state is serialised into it), so no
 * nonce or hash is needed: any inline script is refused. A remote's files (its manifest read by
 * `fetch`, scripts, styles, images and fonts beside them) come from its entry's origin, so each
 * remote origin the manifest names is allowed for those and nothing else.
 */
export function contentSecurityPolicyDirectives(remoteOrigins: readonly string[] = []) {
  const selfAndRemotes = ["'self'", ...remoteOrigins];
  return {
    defaultSrc: ["'self'"],
    scriptSrc: selfAndRemotes,
    // React sets style properties through the DOM (allowed); markup never carries style attributes.
    styleSrc: selfAndRemotes,
    // `data:` for the empty favicon (`<link rel="icon" href="data:,">`) and inlined SVG icons.
    imgSrc: [...selfAndRemotes, 'data:'],
    fontSrc: [...selfAndRemotes, 'data:'],
    connectSrc: selfAndRemotes,
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

/** Helmet's options for an answer whose page may load the given remote origins. */
export function helmetOptions(remoteOrigins: readonly string[] = []): FastifyHelmetOptions {
  return {
    // Our own directives only: helmet's defaults add `upgrade-insecure-requests`, which would turn
    // a loopback remote's http:// address (development, tests) into an https:// one that is not there.
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicyDirectives(remoteOrigins) },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // For browsers that predate frame-ancestors: the same answer, never framed.
    xFrameOptions: { action: 'deny' },
    // Set by our own hook: only in production, and only on an answer that travelled over https.
    strictTransportSecurity: false,
  };
}

export interface SecurityHeadersOptions {
  /** HSTS is sent in production only, and only when the request came over https (behind TRUST_PROXY: X-Forwarded-Proto). */
  production: boolean;
}

/**
 * Security headers on every answer (helmet: CSP, nosniff, Referrer-Policy, frame and
 * cross-origin policies; and Permissions-Policy, HSTS). The shell's page widens the CSP to the
 * remote origins of the current manifest with `reply.helmet(helmetOptions(origins))`.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeadersOptions): Promise<void> {
  await app.register(fastifyHelmet, { global: true, ...helmetOptions() });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    // A browser keeps HSTS for the host: sending it over http, or from a development machine on
    // localhost, would break every other http site that machine serves on that name.
    if (options.production && request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  });
  if (!options.production) {
    // Apollo's development landing page (GET /graphql in a browser) runs inline scripts from its
    // CDN; production has no landing page, so the policy is lifted from that one page in development only.
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.url.split('?')[0] === '/graphql' && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
        // Helmet writes its headers on the raw response.
        reply.raw.removeHeader('content-security-policy');
      }
      return payload;
    });
  }
}
