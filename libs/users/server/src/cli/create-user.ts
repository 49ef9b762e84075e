/**
 * `npm run user:create -- --role admin --email a@b.vn --name "..."`: creates a staff account,
 * such as the first admin. See CREATE_USER_USAGE.
 */
import { databaseSettingsFromEnv, openDatabase } from '@egov/db';
import { promptSecretOnTerminal, runCreateUser } from './create-user-command';

process.exitCode = await runCreateUser(process.argv.slice(2), {
  env: process.env,
  ...(process.stdin.isTTY ? { promptSecret: promptSecretOnTerminal(process.stdin, process.stdout) } : {}),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  openDatabase: () => openDatabase(databaseSettingsFromEnv()),
});
