/**
 * A process that opens the embedded database in the folder given as its argument, says `open`,
 * and keeps it until it is killed: the other process of the data-folder lock tests.
 */
import { openDatabase } from '../open-database';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('Give the data folder.');
const db = await openDatabase({ dataDir });
await db.exec('create table if not exists held (value text)');
process.stdout.write('open\n');
setInterval(() => undefined, 60_000);
process.on('SIGTERM', () => void db.close().then(() => process.exit(0)));
