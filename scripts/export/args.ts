import { parseArgs } from 'node:util';
import { ExportError } from './errors';

export interface ExportArgs {
  readonly input: string;
  readonly pdf?: string;
  readonly md?: string;
  readonly draft: boolean;
  /** A built app to print with, as it is; without it, dist/ is (re)built when stale. */
  readonly dist?: string;
}

export const USAGE = `Usage: npm run export -- <document.json> [--pdf <out.pdf>] [--md <out.md>] [--draft] [--dist <built app>]

  --pdf <file>   write the print view as an A4 PDF
  --md <file>    write the document's Markdown
  --draft        export even when the review checklist fails; the PDF is marked DRAFT
  --dist <dir>   print with this build of the app (default: dist/, built when older than src/)`;

/** The command line, or an ExportError that says what is wrong with it. */
export function readArgs(argv: readonly string[]): ExportArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        pdf: { type: 'string' },
        md: { type: 'string' },
        draft: { type: 'boolean', default: false },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node's message goes on with advice about "--" that does not apply here.
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new ExportError(`${message}.\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [input, ...extra] = positionals;
  if (!input) throw new ExportError(`Name the document to export.\n${USAGE}`);
  if (extra.length)
    throw new ExportError(`One document at a time (also given: ${extra.join(' ')}).`);
  if (!values.pdf && !values.md)
    throw new ExportError(`Say what to write: --pdf, --md or both.\n${USAGE}`);
  return {
    input,
    draft: values.draft,
    ...(values.pdf ? { pdf: values.pdf } : {}),
    ...(values.md ? { md: values.md } : {}),
    ...(values.dist ? { dist: values.dist } : {}),
  };
}
