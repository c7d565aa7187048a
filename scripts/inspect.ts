/**
 * The inspections from the command line, for CI (like Structurizr's `inspect`):
 * `npm run inspect -- doc.json [--format json]`. The document goes through the app's own
 * restore and analyses; each finding is printed with its severity, rule and section.
 * Exit codes: 0 no error (warnings and suggestions may stand), 1 an error stands or the input
 * is bad.
 */
import { register } from 'node:module';
import { sectionName } from '../src/core/document/section';
import { inspectDocument } from '../src/document/inspections/inspect';
import { deriveAll } from '../src/document/markdown/toMarkdown';
import { sections } from '../src/document/registry';
import { ExportError } from './export/errors';
import { readDocument } from './export/read';

const USAGE = `Usage: npm run inspect -- <document.json> [--format text|json]

Prints every finding of the inspections of the architecture and exits 1 when an error
stands, 0 otherwise.`;

function readArgs(argv: readonly string[]): { input: string; format: 'text' | 'json' } | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  let format: 'text' | 'json' = 'text';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      if (value !== 'text' && value !== 'json') {
        throw new ExportError(`--format must be text or json, not “${value ?? ''}”.\n\n${USAGE}`);
      }
      format = value;
    } else if (arg.startsWith('-')) throw new ExportError(`Unknown option ${arg}.\n\n${USAGE}`);
    else inputs.push(arg);
  }
  const [input] = inputs;
  if (!input || inputs.length > 1) throw new ExportError(`Give one document file.\n\n${USAGE}`);
  return { input, format };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = readArgs(argv);
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  register('./export/cjs-named-exports.mjs', import.meta.url);
  const doc = await readDocument(args.input);
  const report = inspectDocument(doc, await deriveAll(doc));
  const title = (id: string) => {
    const section = sections.find((s) => s.id === id);
    return section ? sectionName(section) : id;
  };
  if (args.format === 'json') {
    const findings = report.findings.map((f) => ({
      severity: f.severity,
      rule: f.rule.id,
      title: f.rule.title,
      section: title(f.section),
      message: f.message,
      fix: f.fix,
    }));
    console.log(JSON.stringify({ counts: report.counts, findings }, null, 2));
  } else {
    for (const f of report.findings) {
      console.log(`${f.severity.padEnd(7)} ${f.rule.id}  ${title(f.section)}: ${f.message}`);
    }
    const { error, warning, info } = report.counts;
    console.log(
      `${report.findings.length === 0 ? 'Every inspection passes. ' : ''}${error} ${error === 1 ? 'error' : 'errors'}, ${warning} ${warning === 1 ? 'warning' : 'warnings'}, ${info} ${info === 1 ? 'suggestion' : 'suggestions'}.`,
    );
  }
  return report.counts.error > 0 ? 1 : 0;
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
