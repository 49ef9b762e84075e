import { remoteTestConfig } from '../../vitest.shared.mts';

// remoteTestConfig processes the CSS modules @egov/ui's components import as namespaces
// (`css.include: [/\.module\.css$/]`), as this project's own configuration did.
export default remoteTestConfig('inspections');
