/**
 * What the portal's browser tests are built from: Debian's Chromium with a fresh profile, the
 * real gateway over a fresh seeded database, axe-core's WCAG 2.2 AA rules, and screenshots at
 * phone and laptop widths.
 */
export { checkAccessibility, WCAG_22_AA_TAGS, type AccessibilityViolation } from './accessibility';
export { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH, DEFAULT_VIEWPORT, findChromium, launchBrowser, type ChromiumLookup, type PortalBrowser } from './chromium';
export { prepareDatabase, type DatabasePreparation } from './database';
export { startPortal, WORKSPACE_ROOT, type RunningPortal, type StartPortalOptions } from './portal';
export { screenshot, SCREENSHOT_DIR, SCREENSHOT_WIDTHS } from './screenshot';
export { COUNT_REACT_RENDERERS, reactCopies } from './react-copies';
export { serveFolder, type StaticServer } from './static-server';
export { describeRemoteFirstPage, type GeneratedRemote } from './remote-first-page';
export { createStaffAccounts, signIn, staffAccount, type StaffAccount } from './staff';
export { recordGraphQLRequests, type GraphQLRequest } from './graphql-traffic';
export { rowsOf } from './tables';
export { untilTakenOver } from './taken-over';
