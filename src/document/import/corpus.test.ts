import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sections } from '../registry';
import { outline } from '../../test/markdown';
import { sectionName } from '../../core/document/section';
import { toMarkdownParts } from '../markdown/toMarkdown';
import { importMarkdown, IMPORTED_NOTES, type MarkdownImport } from './importMarkdown';

const dir = new URL('../../../fixtures/corpus/docs/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/**
 * The words of a Markdown text, counted. Escapes are undone on both sides (the export escapes
 * table cells and tags) and Markdown's marks around a word are dropped (`**x**`, `[x]`, `|`),
 * but every run of letters and digits must still be there, as often as in the source.
 */
function words(markdown: string): Map<string, number> {
  const text = markdown
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const counts = new Map<string, number>();
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

const markdownOf = (result: MarkdownImport) =>
  toMarkdownParts(result.document)
    .map((p) => p.markdown)
    .join('\n\n');

function lostWords(source: string, result: MarkdownImport): string[] {
  const have = words(markdownOf(result));
  return [...words(source)]
    .filter(([word, count]) => (have.get(word) ?? 0) < count)
    .map(([word, count]) => `${word} (${count}×, kept ${have.get(word) ?? 0})`);
}

const targetOf = (result: MarkdownImport, heading: string) =>
  result.placements.find((p) => p.heading === heading)?.target;

describe('importMarkdown on the corpus of real architecture documents', () => {
  it('has the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s: every word of the file is in the document', async (name) => {
    const source = read(name);
    const result = await importMarkdown(source, name);
    expect(result.exact).toBe(false);
    expect(lostWords(source, result)).toEqual([]);
    // Every heading is accounted for.
    expect(result.placements.every((p) => p.target !== '')).toBe(true);
  });

  it.each(files)('%s: the imported text stays inside its sections', async (name) => {
    const found = outline(markdownOf(await importMarkdown(read(name), name)));
    expect(found.filter((h) => h.depth === 1)).toHaveLength(1);
    expect(found.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(
      sections.map((s) => sectionName(s)),
    );
  });

  it('notices a lost paragraph (the check above can fail)', async () => {
    const source = read('madr-0010-support-categories.md');
    const result = await importMarkdown(source, 'adr.md');
    const { executiveSummary } = result.document.sections;
    result.document.sections.executiveSummary = { ...executiveSummary, overview: '' };
    expect(lostWords(source, result).length).toBeGreaterThan(5);
  });

  it('maps the arc42 template’s chapters to the template’s sections', async () => {
    const result = await importMarkdown(read('arc42-template-EN-withhelp.md'), 'arc42.md');
    expect(result.document.meta.title).toBe('arc42 Template');
    expect(targetOf(result, 'Introduction and Goals')).toBe('1. Executive Summary');
    expect(targetOf(result, 'Context and Scope')).toBe('2. System Overview');
    expect(targetOf(result, 'Business Context')).toBe('2. System Overview');
    expect(targetOf(result, 'Solution Strategy')).toBe('3. Architectural Decisions');
    expect(targetOf(result, 'Architecture Decisions')).toBe('3. Architectural Decisions');
    const matched = (heading: string) => result.placements.find((p) => p.heading === heading);
    expect(matched('Building Block View')).toEqual({
      heading: 'Building Block View',
      target: IMPORTED_NOTES,
      matched: '4. System Components',
    });
    expect(matched('Deployment View')?.matched).toBe('8. Deployment Architecture');
    expect(matched('Quality Requirements')?.matched).toBe('9. Performance Requirements');
    expect(matched('Risks and Technical Debts')?.matched).toBe('14. Risks and Mitigations');
    // The glossary's table becomes glossary rows; its help text goes to the notes.
    expect(targetOf(result, 'Glossary')).toBe(`15. Appendices, ${IMPORTED_NOTES}`);
    expect(result.document.sections.appendices.glossary.map((g) => g.term)).toEqual([
      '*\\<Term-1\\>*',
      '*\\<Term-2\\>*',
    ]);
  });

  it('maps a real arc42 document, sub-headings following their chapter', async () => {
    const result = await importMarkdown(read('tractusx-dpp-arc42.md'), 'Arc42.md');
    const { meta, sections } = result.document;
    expect(meta.title).toBe('(CEC) ARC42 - Digital Product Pass Application Documentation');
    expect(targetOf(result, 'System Scope and Context')).toBe('2. System Overview');
    expect(targetOf(result, 'Authentication & Authorization')).toBe('7. Security Architecture');
    expect(targetOf(result, 'End User Token')).toBe('7. Security Architecture');
    expect(targetOf(result, 'Cross-cutting Concepts')).toBe('3. Architectural Decisions');
    expect(targetOf(result, 'Glossary')).toBe('15. Appendices');
    expect(sections.appendices.glossary.length).toBeGreaterThan(5);
    expect(sections.securityArchitecture.authNotes).toMatch(
      /^#### Authentication & Authorization\n/,
    );
  });

  it('takes the security assessment’s data-flow diagram into 5.1', async () => {
    const result = await importMarkdown(read('tractusx-puris-security-assessment.md'), 'sa.md');
    expect(targetOf(result, 'Dataflow Diagram')).toBe('5.1 Data Model');
    expect(targetOf(result, 'Vulnerabilities & Threats')).toBe('7. Security Architecture');
    expect(result.document.sections.dataArchitecture.dataFlowDiagram).toMatch(/^flowchart/);
  });

  it('keeps a file with a title and no other heading in one place', async () => {
    const source = read('temporal-workflow-lifecycle.md');
    const result = await importMarkdown(source, 'temporal.md');
    expect(result.document.meta.title).toBe('Workflow lifecycle');
    expect(result.placements).toEqual([
      { heading: 'Workflow lifecycle', target: 'Document title' },
    ]);
    const overview = result.document.sections.executiveSummary.overview;
    expect(overview).toBe(source.slice(source.indexOf('\n') + 1).trim());
    expect(overview.match(/```mermaid/g)).toHaveLength(14);
  });

  it('reads a MADR record: its options go to 3, its context to 1', async () => {
    const result = await importMarkdown(read('madr-0010-support-categories.md'), 'adr.md');
    expect(result.document.meta.title).toBe('Support Categories');
    expect(targetOf(result, 'Context and Problem Statement')).toBe('1. Executive Summary');
    expect(targetOf(result, 'Considered Options')).toBe('3. Architectural Decisions');
    expect(targetOf(result, 'Use labels')).toBe('3. Architectural Decisions');
  });
});
