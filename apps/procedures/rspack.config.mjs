import { remoteConfig } from '../../tools/rspack/remote-config.mjs';

export default remoteConfig({ name: 'procedures', projectRoot: import.meta.dirname, outputPath: `${import.meta.dirname}/../../dist/apps/procedures` });
