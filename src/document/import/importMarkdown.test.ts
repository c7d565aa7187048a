import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itNeverThrows, FUZZ_TIMEOUT } from '../../test/neverThrows';
import { createEmptyDocument } from '../create';
import { createExampleDocument } from '../example';
import { SCHEMA_VERSION, type ArchDocument } from '../schema';
import { arbitraryDocument } from '../testing';
import { toMarkdown } from '../markdown/exportMarkdown';
import { deriveAll } from '../markdown/toMarkdown';
import { importMarkdown, IMPORTED_NOTES } from './importMarkdown';

const now = '2026-11-25T10:00:00.000Z';
const when = new Date('2026-12-01T09:00:00.000Z');

const withoutId = ({ id: _id, ...rest }: ArchDocument) => rest;

describe('importMarkdown: Archbench’s own export', () => {
  it('gives back the exported document exactly, under a new id', async () => {
    for (const doc of [await createExampleDocument(now), createEmptyDocument(now, 'Empty')]) {
      const result = await importMarkdown(toMarkdown(doc), 'export.md', when);
      expect(result.exact).toBe(true);
      expect(result.notes).toEqual([]);
      expect(result.document.id).not.toBe(doc.id);
      expect(withoutId(result.document)).toEqual(withoutId(doc));
    }
  });

  it(
    'gives back any document exactly',
    async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryDocument, async (doc) => {
          const result = await importMarkdown(toMarkdown(doc), 'export.md', when);
          expect(result.exact).toBe(true);
          expect(withoutId(result.document)).toEqual(withoutId(doc));
        }),
        { numRuns: 40 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('survives Windows line endings and a lost final newline', async () => {
    const doc = await createExampleDocument(now);
    const crlf = toMarkdown(doc).replace(/\n/g, '\r\n').trimEnd();
    expect((await importMarkdown(crlf, 'export.md')).exact).toBe(true);
  });

  it('leaves out the generated C4 views of an edited export: they are drawn again', async () => {
    const doc = await createExampleDocument(now);
    const exported = toMarkdown(doc, await deriveAll(doc));
    expect(exported).toContain('**Generated view: C4 Container view');
    const result = await importMarkdown(exported.replace('Compute', 'Compute (x)'), 'a.md', when);
    const json = JSON.stringify(result.document.sections);
    expect(json).not.toMatch(/C4Context|C4Container|C4Deployment|Generated view/);
    expect(result.document.sections.systemComponents.diagram).toContain('graph TB');
  });

  it('reads an export edited after the fact by its headings, and says so', async () => {
    const doc = await createExampleDocument(now);
    const edited = toMarkdown(doc).replace('Compute', 'Compute (reserved instances)');
    const result = await importMarkdown(edited, 'shopstream.md', when);
    expect(result.exact).toBe(false);
    expect(result.notes[0]).toBe(
      'shopstream.md was edited after it was exported from Archbench: read by its headings.',
    );
    const { meta, sections } = result.document;
    expect(meta).toMatchObject({
      title: doc.meta.title,
      version: doc.meta.version,
      authors: doc.meta.authors,
    });
    // Diagrams, component and risk tables and the glossary come back as fields, not text.
    expect(sections.systemComponents.diagram).toContain('graph TB');
    expect(sections.systemComponents.components.map((c) => c.component)).toEqual(
      doc.sections.systemComponents.components.map((c) => c.component),
    );
    // The sizing columns of 4.2 come back too.
    expect(sections.systemComponents.components.map((c) => c.throughput ?? '')).toEqual(
      doc.sections.systemComponents.components.map((c) => c.throughput ?? ''),
    );
    expect(sections.risks.risks.map((r) => [r.risk, r.probability, r.impact])).toEqual(
      doc.sections.risks.risks.map((r) => [r.risk, r.probability, r.impact]),
    );
    expect(sections.appendices.glossary).toHaveLength(doc.sections.appendices.glossary.length);
    expect(sections.executiveSummary.overview).toContain(
      doc.sections.executiveSummary.overview.slice(0, 40),
    );
    expect(sections.appendices.importedNotes).toContain('Compute (reserved instances)');
    expect(result.placements).toContainEqual({
      heading: '4.1 Component Diagram',
      target: '4.1 Component Diagram',
    });
  });

  it('reads an export whose document comment was damaged by its headings', async () => {
    const markdown = toMarkdown(createEmptyDocument(now, 'Damaged')).replace(
      /v1 [A-Za-z0-9_-]{20}/,
      'v1 AAAAAAAAAAAAAAAAAAAA',
    );
    const result = await importMarkdown(markdown, 'damaged.md', when);
    expect(result.exact).toBe(false);
    expect(result.notes[0]).toMatch(
      /^damaged\.md carries an Archbench document that cannot be opened \(.+\): read by its headings\.$/,
    );
    expect(result.document.meta.title).toBe('Damaged');
    expect(result.document.sections.appendices.importedNotes).toBe('');
  });
});

describe('importMarkdown: any Markdown, by its headings', () => {
  const sample = [
    '# Payments Platform',
    '',
    'Moves money between accounts.',
    '',
    '## Goals',
    '',
    'Settle within a day.',
    '',
    '## Security',
    '',
    'All traffic is TLS.',
    '',
    '### Overview',
    '',
    'Stays with security.',
    '',
    '### Monitoring',
    '',
    'Alerts page the on-call engineer.',
    '',
    '## Architecture',
    '',
    '```mermaid',
    'sequenceDiagram',
    '  A->>B: pay',
    '```',
    '',
    '```mermaid',
    'flowchart LR',
    '  Web --> API',
    '```',
    '',
    '## Risks',
    '',
    '| Risk | Likelihood | Impact | Mitigation |',
    '| --- | --- | --- | --- |',
    '| Fraud | High | High | Limits |',
    '',
    '## Chit-chat',
    '',
    'Lunch is at noon.',
  ].join('\n');

  it('takes the title from the first heading and places each heading in its section', async () => {
    const result = await importMarkdown(sample, 'payments.md', when);
    const { meta, sections } = result.document;
    expect(meta.title).toBe('Payments Platform');
    expect(meta.created).toBe(when.toISOString());
    expect(sections.executiveSummary.overview).toBe(
      'Moves money between accounts.\n\n#### Goals\n\nSettle within a day.',
    );
    expect(sections.securityArchitecture.authNotes).toBe(
      '#### Security\n\nAll traffic is TLS.\n\n##### Overview\n\nStays with security.',
    );
    expect(sections.monitoring.applicationMetrics).toBe(
      // Moved out of its chapter, a heading starts again at level 4.
      '#### Monitoring\n\nAlerts page the on-call engineer.',
    );
    expect(sections.risks.risks).toMatchObject([
      { risk: 'Fraud', probability: 'High', impact: 'High', mitigation: 'Limits' },
    ]);
    expect(result.placements).toEqual([
      { heading: 'Payments Platform', target: 'Document title' },
      { heading: 'Goals', target: '1. Executive Summary' },
      { heading: 'Security', target: '7. Security Architecture' },
      { heading: 'Overview', target: '7. Security Architecture' },
      { heading: 'Monitoring', target: '10. Monitoring and Observability' },
      { heading: 'Architecture', target: '3. Architectural Decisions' },
      { heading: 'Risks', target: '14. Risks and Mitigations' },
      { heading: 'Chit-chat', target: IMPORTED_NOTES },
    ]);
    expect(sections.appendices.importedNotes).toBe('#### Chit-chat\n\nLunch is at noon.');
  });

  it('takes a drawing, not a sequence diagram, into an empty diagram field, titled by its heading', async () => {
    const text =
      '## System Components\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n\n```mermaid\nflowchart LR\n  Web --> API\n```\n';
    const { document, placements } = await importMarkdown(text, 'c.md', when);
    expect(document.sections.systemComponents.diagram).toBe(
      'flowchart LR\n  accTitle: System Components\n  Web --> API',
    );
    expect(document.sections.appendices.importedNotes).toContain('sequenceDiagram');
    expect(placements).toEqual([
      { heading: 'System Components', target: `4.1 Component Diagram, ${IMPORTED_NOTES}` },
    ]);
  });

  it('names the section a heading matched when its text had to go to the notes', async () => {
    const { placements } = await importMarkdown('## Cost estimate\n\nAbout $3k a month.', 'c.md');
    expect(placements).toEqual([
      { heading: 'Cost estimate', target: IMPORTED_NOTES, matched: '12. Cost Analysis' },
    ]);
  });

  it('puts a file with no headings wholly into the executive summary', async () => {
    const text = 'Just some notes.\n\n- one\n- two\n\n```mermaid\ngraph TD\n  A --> B\n```';
    const { document, placements } = await importMarkdown(text, 'notes.md', when);
    expect(document.meta.title).toBe('notes');
    expect(document.sections.executiveSummary.overview).toBe(text);
    expect(document.sections.appendices.importedNotes).toBe('');
    expect(placements).toEqual([
      { heading: '(text before the first heading)', target: '1. Executive Summary' },
    ]);
  });

  it('keeps front matter as YAML in the notes and takes its title', async () => {
    const text = '---\ntitle: "Orders **v2**"\nstatus: draft\n---\n\nThe order service.\n';
    const { document, notes } = await importMarkdown(text, 'orders.md', when);
    expect(document.meta.title).toBe('Orders v2');
    expect(document.sections.appendices.importedNotes).toBe(
      '**Front matter**\n\n```yaml\ntitle: "Orders **v2**"\nstatus: draft\n```',
    );
    expect(notes).toEqual([`The front matter is kept as YAML in ${IMPORTED_NOTES}.`]);
  });
});

describe('importMarkdown never throws', () => {
  it('gives an empty document for an empty file, and one for binary garbage', async () => {
    const empty = await importMarkdown('', '');
    expect(empty.document.meta.title).toBe('Imported architecture');
    expect(empty.placements).toEqual([]);
    const garbage = String.fromCharCode(
      ...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536),
    );
    await expect(importMarkdown(garbage, 'photo.png')).resolves.toBeDefined();
    expect(
      (await importMarkdown('\u0000\u0001\u0002', 'x.bin')).document.sections.executiveSummary
        .overview,
    ).toBe('\u0000\u0001\u0002');
  });

  it('keeps a text too long to read by headings whole, in the notes', async () => {
    const text = `# Big\n\n${'word '.repeat(250_000)}`;
    const result = await importMarkdown(text, 'big.md');
    expect(result.document.sections.appendices.importedNotes).toBe(text);
    expect(result.notes).toEqual([
      `big.md is too long to read by its headings: its text is in ${IMPORTED_NOTES}.`,
    ]);
  });

  it('keeps a file of thousands of headings whole, in the notes', async () => {
    const text = Array.from({ length: 2500 }, (_, i) => `# ${i}\n`).join('');
    const result = await importMarkdown(text, 'many.md');
    expect(result.document.sections.appendices.importedNotes).toBe(text);
    expect(result.notes).toEqual([
      `many.md could not be read by its headings (it has more than 2000 headings): its text is in ${IMPORTED_NOTES}.`,
    ]);
  });

  describe('on noise', () => {
    itNeverThrows(
      toMarkdown(createEmptyDocument(now, 'Fuzz')),
      [
        '# ',
        '## 4. System Components',
        '\n',
        '```mermaid\n',
        '| a | b |\n|---|---|\n',
        '---\n',
        '<!--',
        '-->',
        '<!-- archbench:document v1 ',
        ' fnv1a32:00000000 -->',
        '* ',
        '> ',
        '\\',
      ],
      async (text) => {
        const result = await importMarkdown(text, 'noise.md', when);
        expect(result.document.schemaVersion).toBe(SCHEMA_VERSION);
      },
    );
  });
});
