import { remoteConfig } from '../../tools/rspack/remote-config.mjs';

export default remoteConfig({ name: 'news', projectRoot: import.meta.dirname, outputPath: `${import.meta.dirname}/../../dist/apps/news` });
