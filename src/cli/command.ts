/** A subcommand of `intake`. `run` returns the process exit code. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}
