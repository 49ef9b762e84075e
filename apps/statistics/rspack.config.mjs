import { remoteConfig } from '../../tools/rspack/remote-config.mjs';

export default remoteConfig({ name: 'statistics', projectRoot: import.meta.dirname, outputPath: `${import.meta.dirname}/../../dist/apps/statistics` });
