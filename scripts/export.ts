/**
 * The command-line export, for pipelines: `npm run export -- doc.json --pdf out.pdf --md
 * out.md [--draft]`. The document goes through the app's own code (restore, review
 * checklist, Markdown), and the PDF is the app's print view printed by headless Chromium.
 * Exit codes: 0 written, 1 bad input or failure, 2 refused by the review checklist.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReviewRules, reviewDocument } from '../src/document/checklist/review';
import type { ArchDocument } from '../src/document/schema';
import { toMarkdown } from '../src/document/markdown/exportMarkdown';
import {
  deriveAll,
  toMarkdownParts,
  type DerivedBySection,
} from '../src/document/markdown/toMarkdown';
import { readArgs, USAGE, type ExportArgs } from './export/args';
import { build, needsBuild } from './export/build';
import { ExportError, fileProblem } from './export/errors';
import { renderPdf } from './export/pdf';
import { readDocument } from './export/read';
import { serveStatic } from './export/serve';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const say = (line: string) => console.log(line);
const kB = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

async function write(path: string, content: string | Buffer): Promise<void> {
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    throw new ExportError(`Cannot write ${path}: ${fileProblem(error)}.`);
  }
}

/** The review checklist gates the export; with --draft it only marks the PDF. */
async function checkReview(doc: ArchDocument, derived: DerivedBySection, draft: boolean) {
  const review = reviewDocument(doc, await loadReviewRules(), derived);
  if (review.complete) return false;
  const failing = review.failing.map((item) => `  ✗ ${item.title}: ${item.reason}`).join('\n');
  const count = `${review.failing.length} of ${review.total} review items ${review.failing.length === 1 ? 'fails' : 'fail'}`;
  if (!draft) {
    throw new ExportError(
      `Not exported: ${count} (--draft exports it marked DRAFT):\n${failing}`,
      2,
    );
  }
  say(`  ${count}; exporting as a DRAFT:\n${failing}`);
  return true;
}

function countDiagrams(doc: ArchDocument, derived: DerivedBySection) {
  const parts = toMarkdownParts(doc, derived).filter((p) => p.key !== 'meta');
  const fences = parts.map(
    (p) => p.markdown.match(/^ {0,3}(`{3,}|~{3,})\s*mermaid\b/gm)?.length ?? 0,
  );
  return { sections: parts.length, diagrams: fences.reduce((a, b) => a + b, 0) };
}

async function writePdf(
  args: ExportArgs & { pdf: string },
  doc: ArchDocument,
  draft: boolean,
  counts: ReturnType<typeof countDiagrams>,
) {
  const dist = args.dist ? resolve(args.dist) : resolve(ROOT, 'dist');
  if (!args.dist && needsBuild(ROOT)) {
    say('Building the app…');
    build(ROOT);
  }
  if (!existsSync(resolve(dist, 'print.html'))) {
    throw new ExportError(`${dist} holds no built print view (print.html): run npm run build.`);
  }
  say(`Rendering ${counts.sections} sections and ${counts.diagrams} diagrams…`);
  const server = await serveStatic(dist);
  try {
    const { pdf, pages, summary } = await renderPdf(server.origin, doc, draft);
    for (const failure of summary.failed) {
      say(`  Warning: diagram “${failure.title}” printed as its error: ${failure.message}`);
    }
    await write(args.pdf, pdf);
    say(`Wrote ${args.pdf} (${pages} ${pages === 1 ? 'page' : 'pages'}, ${kB(pdf.length)})`);
  } finally {
    await server.close();
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const args = readArgs(argv);
  if (args === 'help') {
    say(USAGE);
    return;
  }
  // Lets Node load the SQL parser builds the way Vite does (see the hook), before any
  // section's analysis imports them.
  register('./export/cjs-named-exports.mjs', import.meta.url);

  say(`Reading ${args.input}…`);
  const doc = await readDocument(args.input);
  const derived = await deriveAll(doc);
  say('Checking the review checklist…');
  const draft = await checkReview(doc, derived, args.draft);
  if (args.md) {
    const markdown = toMarkdown(doc, derived);
    await write(args.md, markdown);
    say(`Wrote ${args.md} (${kB(Buffer.byteLength(markdown))})`);
  }
  if (args.pdf) await writePdf({ ...args, pdf: args.pdf }, doc, draft, countDiagrams(doc, derived));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ExportError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    console.error(
      `The export failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  }
});
