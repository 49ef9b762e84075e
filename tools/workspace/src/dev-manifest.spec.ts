import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devManifest, devServerPort } from '../../rspack/dev-manifest.mjs';

const shellManifest = JSON.parse(readFileSync(new URL('../../../apps/shell/remotes.json', import.meta.url), 'utf8')) as {
  remotes: Array<{ id: string; entry: string }>;
};

describe('the manifest npm run dev serves', () => {
  it("points every remote the gateway serves at that remote's development server", () => {
    const manifest = devManifest(shellManifest, devServerPort);
    expect(manifest.remotes).toHaveLength(shellManifest.remotes.length);
    for (const remote of manifest.remotes) {
      expect(remote.entry).toMatch(/^http:\/\/localhost:\d{4}\/mf-manifest\.json$/);
    }
    const ports = manifest.remotes.map((remote) => new URL(remote.entry).port);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('leaves a remote served elsewhere, or one without a development server, as it is', () => {
    const elsewhere = { id: 'news', entry: 'https://cdn.example.vn/news/mf-manifest.json' };
    const unknown = { id: 'archive', entry: '/remotes/archive/mf-manifest.json' };
    expect(devManifest({ remotes: [elsewhere, unknown] }, devServerPort).remotes).toEqual([elsewhere, unknown]);
  });
});
