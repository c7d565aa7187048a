import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../decisions';
import { fromMadr } from './fromMadr';
import { summaryLine } from './merge';
import { importMadr, type PickedFile } from './zip';

// Real decision folders (fixtures/corpus/README.md names each file's source and licence).
const root = fileURLToPath(new URL('../../../../fixtures/corpus/', import.meta.url));
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const path = join(dir, n);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
const text = (path: string) => readFileSync(join(root, path), 'utf8');
const picked = (path: string, name = path.split('/').at(-1) ?? path): PickedFile => ({
  name,
  bytes: new Uint8Array(readFileSync(join(root, path))),
});

/** A project's files zipped as the user would zip the folder, paths kept, then imported. */
function importFolder(project: string) {
  const base = join(root, 'adr', project);
  const entries = filesIn(base).map((f) => [
    relative(base, f).split(sep).join('/'),
    new Uint8Array(readFileSync(f)),
  ]);
  const bytes = zipSync(Object.fromEntries(entries) as Record<string, Uint8Array>);
  return importMadr([], [{ name: `${project}.zip`, bytes }]);
}

const titles = (ds: readonly Decision[]) => ds.map((d) => [d.number, d.title]);

describe('templates in a decision folder', () => {
  it('skips each project’s template by its name, and names it in the report', () => {
    const skipped = [
      ['adr-tools', 'src/template.md'],
      ['govuk-infrastructure', 'docs/architecture/decisions/0000-TEMPLATE.md'],
      ['nhs-repository-template', 'docs/adr/ADR-nnn_Any_Decision_Record_Template.md'],
      ['zooniverse', 'docs/ADR_TEMPLATE.md'],
    ].map(([project, path]) => ({
      project,
      skipped: importFolder(project ?? '').summary.skipped,
      expected: [{ name: `${project}.zip: ${path}`, reason: 'a template, not a decision' }],
    }));
    for (const { skipped: got, expected } of skipped) expect(got).toEqual(expected);
  });

  it.each([
    ['adr/adr-tools/src/template.md', 'TITLE'],
    ['adr/govuk-infrastructure/docs/architecture/decisions/0000-TEMPLATE.md', 'Template'],
    ['adr/zooniverse/docs/ADR_TEMPLATE.md', 'Title'],
    [
      'docs/madr-adr-template.md',
      '{short title, representative of solved problem and found solution}',
    ],
  ])('knows %s for a template by its title alone (%j)', (path, title) => {
    // Under an ordinary record's name: only the placeholder title gives it away.
    const { summary } = importMadr([], [picked(path, '0042-renamed.md')]);
    expect(summary.skipped).toEqual([
      { name: '0042-renamed.md', reason: 'a template, not a decision' },
    ]);
    const read = fromMadr(text(path), '0042-renamed.md');
    expect(read.ok && read.record.fields.title).toBe(title);
  });
});

describe('numbers in headings', () => {
  it('takes "ADR 15: Drawing tools API" apart into ADR-0015 and its title', () => {
    const { decisions, summary } = importFolder('zooniverse');
    expect(titles(decisions)).toEqual([
      ['0001', 'Adopting Architecture Decision Records'],
      ['0015', 'Drawing tools API'],
      ['0018', 'Workflow routing'],
      ['0022', 'Drawing tools'],
      ['0034', 'Workflow selection'],
    ]);
    expect(decisions.map((d) => [d.status, d.supersedes, d.supersededBy])).toEqual([
      ['Accepted', '', ''],
      ['Superseded', '', '0022'],
      ['Accepted', '', ''],
      ['Proposed', '0015', ''],
      // "Partially supersedes [ADR 18]" is no supersede link: it stays as text.
      ['Accepted', '', ''],
    ]);
    expect(decisions[4]?.consequences).toMatch(/\*\*Status\*\*\n\nPartially supersedes \[ADR 18\]/);
    expect(summary.notes).toEqual([]);
  });

  it('numbers a record by its heading when its file name has none', () => {
    const files = [
      picked('adr/zooniverse/docs/arch/adr-15.md', 'drawing-tools-api.md'),
      picked('adr/adr-tools/doc/adr/0009-help-scripts.md', 'help-scripts.md'),
      picked('adr/cloud-platform/architecture-decision-record/023-Logging.md', 'index.md'),
    ];
    const { decisions, summary } = importMadr([], files);
    expect(titles(decisions)).toEqual([
      ['0015', 'Drawing tools API'],
      ['0009', 'Help scripts'],
      // "# 23 Logging": a bare number is the title's own word when no file name backs it.
      ['0016', '23 Logging'],
    ]);
    expect(summary.notes).toEqual([
      'index.md: no number in the file name, imported as ADR-0016',
      'drawing-tools-api.md: “Superseded by [ADR-22](adr-22.md).” names no record of this import: kept as text, not as a link',
    ]);
  });

  it('reads NHS England’s "ADR-001:" heading and the facts in its quoted table', () => {
    const { decisions, summary } = importFolder('nhs-repository-template');
    expect(decisions.map((d) => [d.number, d.title, d.status, d.date, d.deciders])).toEqual([
      [
        '0001',
        'Use git hook and GitHub Action to check the `.editorconfig` compliance',
        'Proposed',
        '04/07/2023',
        'Engineering',
      ],
    ]);
    expect(summary.notes).toEqual([
      'nhs-repository-template.zip: docs/adr/ADR-001_Use_git_hook_and_GitHub_action_to_check_the_editorconfig_compliance.md: status “RFC” is not a MADR status: set to Proposed',
    ]);
  });
});

describe('a folder per decision ("<slug>/index.md")', () => {
  it('imports PipeCD’s index.md records, and skips the README that only explains them', () => {
    const { decisions, summary } = importFolder('pipecd-tutorial');
    expect(decisions.map((d) => [d.number, d.title, d.status, d.date])).toEqual([
      ['0001', 'Local Architecture', 'Proposed', '2024-05-24'],
      ['0002', 'Pipeline', 'Proposed', '2024-05-24'],
      ['0003', 'Publish Site', 'Proposed', '2024-05-24'],
      ['0004', 'Table of Contents', 'Proposed', '2024-05-24'],
    ]);
    expect(summaryLine(summary)).toBe(
      'Imported 4 decisions: ADR-0001 Local Architecture, ADR-0002 Pipeline, ADR-0003 Publish Site, ADR-0004 Table of Contents.',
    );
    expect(summary.notes[0]).toBe(
      'pipecd-tutorial.zip: adr/20240524-local-architecture/index.md: the name starts with a date (2024-05-24), not a number, imported as ADR-0001',
    );
    // Its "## Status" is inside a code fence: an example, not a status.
    expect(summary.skipped).toEqual([
      { name: 'pipecd-tutorial.zip: adr/README.md', reason: 'an index page, not a decision' },
    ]);
    expect(decisions[3]?.decision).toMatch(/^\| section \| what to describe \| why exists \|/);
  });

  it('skips an index that lists the records, picked on its own too', () => {
    const { decisions, summary } = importMadr(
      [],
      [picked('adr/cloud-platform/architecture-decision-record/README.md')],
    );
    expect(decisions).toEqual([]);
    expect(summary.skipped).toEqual([
      { name: 'README.md', reason: 'an index page, not a decision' },
    ]);
  });
});
