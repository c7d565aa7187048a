// npm run fuzz: the Markdown properties the unit tests run a thousand times, run a hundred
// thousand times each (or --runs N), split over the machine's cores. Every failure prints its
// seed, path and counterexample; `--seed S --property P` replays one. Not part of `npm test`.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import fc from 'fast-check';
import {
  everyRowKeepsItsColumns,
  noTextBecomesHtml,
  noTextSwallowsTheNextSection,
} from '../src/test/markdown-properties';

interface Settings {
  seed: number;
  numRuns: number;
  path?: string;
}

const PROPERTIES = {
  'no text swallows the next section': (s: Settings) => fc.check(noTextSwallowsTheNextSection(), s),
  'no text becomes HTML': (s: Settings) => fc.check(noTextBecomesHtml(), s),
  'every row keeps its columns': (s: Settings) => fc.check(everyRowKeepsItsColumns(), s),
};
type Name = keyof typeof PROPERTIES;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

/** One property, one seed, in this process: prints one line, exits 1 on a counterexample. */
function runOne(name: Name, seed: number, numRuns: number, path?: string): void {
  const started = Date.now();
  const result = PROPERTIES[name]({ seed, numRuns, ...(path ? { path } : {}) });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!result.failed) {
    console.log(`ok    ${name}: ${numRuns} cases, seed ${seed} (${seconds} s)`);
    return;
  }
  console.log(`FAIL  ${name}: seed ${seed}, path ${result.counterexamplePath ?? '?'}`);
  console.log(`      counterexample ${JSON.stringify(result.counterexample)}`);
  const error = result.errorInstance;
  console.log(`      ${error instanceof Error ? error.message : JSON.stringify(error)}`);
  console.log(
    `      replay: npm run fuzz -- --property "${name}" --seed ${seed} --runs ${numRuns}`,
  );
  process.exitCode = 1;
}

function child(name: Name, seed: number, numRuns: number): Promise<number> {
  const args = ['--import', 'tsx', process.argv[1] ?? 'scripts/fuzz.ts'];
  args.push('--property', name, '--seed', String(seed), '--runs', String(numRuns));
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, args, { stdio: 'inherit' });
    proc.on('close', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 100_000);
  const only = option('property') as Name | undefined;
  if (only !== undefined && !(only in PROPERTIES)) {
    console.error(`No property "${only}"; there are: ${Object.keys(PROPERTIES).join(', ')}`);
    process.exit(2);
  }
  const seedOption = option('seed');
  if (only && seedOption !== undefined)
    return runOne(only, Number(seedOption), runs, option('path'));
  // Each property's runs are cut into one share per core, each share with its own seed.
  const shares = Math.max(1, availableParallelism());
  const jobs: (() => Promise<number>)[] = [];
  for (const name of only ? [only] : (Object.keys(PROPERTIES) as Name[])) {
    for (let i = 0; i < shares; i++) {
      const seed = (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
      jobs.push(() => child(name, seed, Math.ceil(runs / shares)));
    }
  }
  let failed = 0;
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) if ((await job()) !== 0) failed++;
  };
  await Promise.all(Array.from({ length: shares }, worker));
  console.log(failed ? `${failed} share(s) found a counterexample` : 'No counterexample found.');
  process.exitCode = failed ? 1 : 0;
}

void main();
