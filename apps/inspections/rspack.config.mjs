// eslint-disable-next-line @nx/enforce-module-boundaries
import { remoteConfig } from '../../tools/rspack/remote-config.mjs';

export default remoteConfig({ name: 'inspections', projectRoot: import.meta.dirname, outputPath: `${import.meta.dirname}/../../dist/apps/inspections` });
