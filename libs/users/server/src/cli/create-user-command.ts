import { auditMigrations, isDataFolderInUse, migrate, type Database } from '@egov/db';
import { isDomainError } from '@egov/errors';
import { userRoles } from '@egov/users-model';
import { parseArgs } from 'node:util';
import { usersMigrations } from '../migrations';
import { createUsersRepository } from '../users-repository';

export const CREATE_USER_USAGE = `Creates a staff account of the portal.

  npm run user:create -- --email lan@langson.gov.vn --name "Nguyễn Thị Lan" --role admin [--role editor]

The password is read from the environment variable EGOV_PASSWORD or, on a terminal, typed twice
(never echoed). There is no default password. Roles: ${userRoles.join(', ')}.
The database is DATABASE_URL, or the embedded one in DATA_DIR (default .data/).`;

export interface CreateUserIo {
  env: NodeJS.ProcessEnv;
  /** Asks for a secret on the terminal; absent when there is no terminal. */
  promptSecret?: (question: string) => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
  openDatabase: () => Promise<Database>;
}

/** The `user:create` command; returns the exit code (0 created, 1 refused, 2 wrong usage). */
export async function runCreateUser(argv: readonly string[], io: CreateUserIo): Promise<number> {
  let values: { email?: string; name?: string; role?: string[]; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${CREATE_USER_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(CREATE_USER_USAGE);
    return 0;
  }
  if (!values.email || !values.name || !values.role?.length) {
    io.err(`Give --email, --name and at least one --role.\n\n${CREATE_USER_USAGE}`);
    return 2;
  }

  let password = io.env['EGOV_PASSWORD'];
  if (!password) {
    if (!io.promptSecret) {
      io.err('No password: set EGOV_PASSWORD, or run the command on a terminal to type it.');
      return 2;
    }
    password = await io.promptSecret('Password: ');
    if ((await io.promptSecret('Password again: ')) !== password) {
      io.err('The two passwords differ; nothing was created.');
      return 1;
    }
  }

  let db: Database;
  try {
    db = await io.openDatabase();
  } catch (error) {
    // The portal holds the embedded database: say so, write nothing.
    if (!isDataFolderInUse(error)) throw error;
    io.err(`Not created: ${error.message}`);
    return 1;
  }
  try {
    await migrate(db, [...auditMigrations, ...usersMigrations]);
    const user = await createUsersRepository(db).create(
      { email: values.email, displayName: values.name, password, roles: values.role as never },
      { actor: 'cli:user-create' },
    );
    io.out(`Created ${user.email} (${user.displayName}), roles ${user.roles.join(', ')}, id ${user.id}.`);
    return 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    io.err(`Not created: ${error.issues.map((issue) => (issue.field.length ? `${issue.field.join('.')}: ${issue.message}` : issue.message)).join('; ')}`);
    return 1;
  } finally {
    await db.close();
  }
}

/** Reads a line from a terminal without echoing it. */
export function promptSecretOnTerminal(input: NodeJS.ReadStream, output: NodeJS.WriteStream): (question: string) => Promise<string> {
  return (question) =>
    new Promise((resolve, reject) => {
      output.write(question);
      let value = '';
      const finish = (error?: Error) => {
        input.off('data', onData);
        input.setRawMode(false);
        input.pause();
        output.write('\n');
        if (error) reject(error);
        else resolve(value);
      };
      const onData = (chunk: string) => {
        for (const character of chunk) {
          if (character === '\r' || character === '\n' || character === '\u0004') return finish();
          if (character === '\u0003') return finish(new Error('Cancelled.'));
          if (character === '\u007f' || character === '\b') value = [...value].slice(0, -1).join('');
          else value += character;
        }
      };
      input.setRawMode(true);
      input.setEncoding('utf8');
      input.resume();
      input.on('data', onData);
    });
}
