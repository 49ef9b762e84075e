// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import rspack from '@rspack/core';

const NAME = 'StartAfterPaintPlugin';
const STARTER = readFileSync(new URL('./start-after-paint.js', import.meta.url), 'utf8');

/**
 * Replaces the entry scripts of the built `index.html` with one small starter
 * (start-after-paint.js) that adds them once the page is painted. On a server-rendered page the
 * reader sees the content while the app's scripts download and run, and Lighthouse counts none of
 * them before the largest paint. The starter is written beside them, named by its content.
 */
export class StartAfterPaintPlugin {
  /** @param {{ hashed: boolean }} options `hashed` in production: the file name carries its content hash (cached for a year) */
  constructor({ hashed }) {
    this.file = hashed ? `start.${createHash('sha256').update(STARTER).digest('hex').slice(0, 16)}.js` : 'start.js';
  }

  /** @param {import('@rspack/core').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(this.file, new sources.RawSource(STARTER));
      });
      rspack.HtmlRspackPlugin.getCompilationHooks(compilation).alterAssetTags.tap(NAME, (data) => {
        const entries = data.assetTags.scripts.filter((tag) => typeof tag.attributes['src'] === 'string');
        if (entries.length === 0) return data;
        const starter = {
          tagName: 'script',
          voidTag: false,
          attributes: { defer: true, src: `${data.publicPath}${this.file}`, 'data-start': entries.map((tag) => tag.attributes['src']).join(' ') },
        };
        data.assetTags.scripts = [...data.assetTags.scripts.filter((tag) => !entries.includes(tag)), starter];
        return data;
      });
    });
  }
}
