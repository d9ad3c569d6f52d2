/**
 * `intake` — one command, many subcommands. Each lives in src/cli/<name>.ts and is loaded only when
 * called, so `intake text` never pays for the HTTP server and `intake worker` never loads the web app.
 */
import type { Command } from './cli/command.js';

const commands: Record<string, () => Promise<{ command: Command }>> = {
  start: () => import('./cli/start.js'),
  serve: () => import('./cli/serve.js'),
  worker: () => import('./cli/worker.js'),
  migrate: () => import('./cli/migrate.js'),
  enqueue: () => import('./cli/enqueue.js'),
  jobs: () => import('./cli/jobs.js'),
  job: () => import('./cli/job.js'),
  text: () => import('./cli/text.js'),
  extract: () => import('./cli/extract.js'),
  token: () => import('./cli/token.js'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const loaded = await Promise.all(Object.entries(commands).map(async ([n, load]) => [n, (await load()).command] as const));
    process.stdout.write('Usage: intake <command> [options]\n\nCommands:\n');
    for (const [n, c] of loaded) process.stdout.write(`  ${n.padEnd(10)} ${c.summary}\n`);
    process.stdout.write('\nRun `intake <command> --help` for a command\'s options.\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`intake: unknown command '${name}'. Run \`intake --help\` for the list.\n`);
    return 2;
  }
  const { command } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`intake: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
