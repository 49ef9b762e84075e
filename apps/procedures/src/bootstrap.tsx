import { runStandalone } from '@egov/federation/standalone';
import remote from './remote';

// Run on its own (`npx nx serve <project>`), the remote stands in for the shell: its own Apollo
// Client, event bus, router, session, language and page frame. Inside the portal this file never runs.
runStandalone(remote);
