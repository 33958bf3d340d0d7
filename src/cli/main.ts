import { Command } from 'commander';
import { AppError } from '../server/errors';
import { errorMessage } from '../shared/errors';

/*
 * Each command's module is loaded only when that command runs: the server process then holds no
 * benchmark, load-generator or type-generation code.
 */
const serve = () => import('./serve');
const database = () => import('./database');
const benchmarks = () => import('./bench');
const users = () => import('./users');
/** A command action that loads its module first and passes commander's arguments on. */
const lazy =
  <M, A extends unknown[]>(load: () => Promise<M>, pick: (m: M) => (...args: A) => Promise<void>) =>
  async (...args: A) =>
    pick(await load())(...args);

const program = new Command('koers').description('Koers — study and career guidance').showHelpAfterError();

program.command('start').description('Build the web app when needed, then serve Koers (npm start)').action(lazy(serve, (m) => m.startCommand));
program.command('serve').description('Serve Koers (API and web app)').action(lazy(serve, (m) => m.serveCommand));
program.command('migrate').description('Run database migrations').action(lazy(database, (m) => m.migrateCommand));
program.command('seed-demo').description('Create the demo institution (also in PostgreSQL mode)').action(lazy(database, (m) => m.seedDemoCommand));
program
  .command('backup')
  .description('Write the embedded (PGlite) database to one .tar.gz file; stop Koers first')
  .option('--out <file>', 'where to write the backup')
  .action(lazy(database, (m) => m.backupCommand));
program
  .command('restore <file>')
  .description('Restore the embedded database from a backup; --force replaces an existing one (kept beside it)')
  .option('--force', 'replace an existing database')
  .action(lazy(database, (m) => m.restoreCommand));
program.command('db-types').description('Regenerate src/server/db/schema.ts from the migrations').action(lazy(database, (m) => m.dbTypesCommand));

const bench = program.command('bench').description('Synthetic institutions and the benchmark suite (docs/performance.md)');
bench
  .command('generate')
  .description('Write a synthetic institution (S 1,000, M 10,000, L 50,000 students) into the configured database')
  .option('--size <size>', 'S, M or L', 'S')
  .option('--seed <n>', 'seed: the same seed gives the same institution', '1')
  .action(lazy(benchmarks, (m) => m.benchGenerateCommand));
bench
  .command('run')
  .description('Generate into a scratch database and measure the hot paths over loopback (npm run bench)')
  .option('--size <size>', 'S, M or L', 'S')
  .option('--seconds <n>', 'seconds per scenario', '5')
  .option('--seed <n>', 'seed of the institution', '1')
  .option('--roster-rows <n>', 'rows of the roster import', '50000')
  .option('--only <names>', 'only the scenarios whose name contains one of these (comma-separated)')
  .action(lazy(benchmarks, (m) => m.benchRunCommand));

const user = program.command('user').description('Manage accounts');
user
  .command('create')
  .description('Create an account; the password is read from a prompt or from stdin')
  .requiredOption('--email <email>', 'e-mail address (login)')
  .requiredOption('--role <role>', 'admin, manager, counsellor, specialist, student, parent or supervisor')
  .option('--name <name>', 'full name', '')
  .option('--institution <name>', 'institution name, used when none exists yet', 'Mijn instelling')
  .option('--student-number <number>', 'student number (students only)')
  .action(lazy(users, (m) => m.userCreateCommand));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(err instanceof AppError ? errorMessage(err.id, 'nl') : err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
