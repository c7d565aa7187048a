import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromMadr, type MadrRecord } from './fromMadr';
import { numberFromFileName } from './names';

const corpus = (name: string) =>
  readFileSync(new URL(`../../../../fixtures/corpus/docs/${name}`, import.meta.url), 'utf8');

function read(text: string, name = '0001-x.md'): MadrRecord {
  const result = fromMadr(text, name);
  if (!result.ok) throw new Error(result.reason);
  return result.record;
}

const texts = (r: Pick<MadrRecord, 'fields'>) => r.fields.options.map((o) => o.text);

describe('fromMadr reads the MADR corpus', () => {
  it('reads MADR 4’s template, keeping its {placeholders} as text', () => {
    const { fields, number, notes } = read(corpus('madr-adr-template.md'), 'madr-adr-template.md');
    expect(number).toBe('');
    expect(fields.title).toBe('{short title, representative of solved problem and found solution}');
    expect(fields.status).toBe('Proposed');
    expect(notes[0]).toMatch(/^status “\{proposed \| rejected .*” is not a MADR status/);
    expect(fields.date).toBe('{YYYY-MM-DD when the decision was last updated}');
    expect(fields.deciders).toBe('{list everyone involved in the decision}');
    expect(texts({ fields })).toEqual([
      '{title of option 1}',
      '{title of option 2}',
      '{title of option 3}',
      '…',
    ]);
    expect(fields.decision).toMatch(
      /^Chosen option: "\{title of option 1\}", because \{justification/,
    );
    expect(fields.context).toMatch(/^\{Describe the context and problem statement/);
    expect(fields.context).toContain('**Decision Drivers**\n\n* {decision driver 1');
    expect(fields.context).toContain('**Consulted**\n\n{list everyone whose opinions');
    expect(fields.consequences).toMatch(/^\* Good, because \{positive consequence/);
    expect(fields.consequences).toContain('**Confirmation**\n\n{Describe how the implementation');
    expect(fields.consequences).toContain(
      '**Pros and Cons of the Options**\n\n##### {title of option 1}',
    );
    expect(fields.consequences).toContain('**More Information**\n\n{You might want to provide');
    expect(fields.consequences).not.toContain('<!--');
  });

  it('reads MADR’s own decision 0010, with its pros and cons kept', () => {
    const name = 'madr-0010-support-categories.md';
    const { fields, number, notes } = read(corpus(name), name);
    expect(number).toBe('0010');
    expect(fields.title).toBe('Support Categories');
    expect(fields.status).toBe('Proposed');
    expect(notes).toEqual(['no status given: set to Proposed']);
    expect(fields.date).toBe('');
    expect(fields.deciders).toBe('');
    expect(texts({ fields })).toEqual([
      'Use labels',
      'Add `* Category: CATEGORY` directly under the heading (similar to <https://gist.github.com/FaKleiser/2f9c63b6e1d436abb7358b68bf396f57>)',
      'Use YAML front matter',
      'Encode category in filename',
      'Use subfolders with local IDs',
      'Use subfolders with global IDs',
      "Don't do it.",
    ]);
    expect(fields.decision).toBe(
      'Chosen option: "Use subfolders with local IDs", because comes out best (see below).',
    );
    expect(fields.context).toMatch(/^ADRs are recorded\. The number of ADRs grows/);
    expect(fields.context).toContain('**Decision Drivers**\n\n* Easy to find groups ADRs');
    // Pros and cons, with the YAML example in its fence: nothing is lost.
    expect(fields.consequences).toMatch(
      /^\*\*Pros and Cons of the Options\*\*\n\n##### Use labels/,
    );
    expect(fields.consequences).toContain('```yaml\n---\ncategory: frontend\n---\n```');
    expect(fields.consequences).toContain('###### Examples');
    expect(fields.consequences).toContain(
      '`docs/decisions/smar/0047-flexible-properties-selection.md`',
    );
  });
});

describe('fromMadr reads other MADR versions', () => {
  it('reads MADR 2’s facts under the title and its positive and negative consequences', () => {
    const { fields } = read(
      [
        '# Use Markdown Architectural Decision Records',
        '',
        '* Status: superseded by [ADR-0005](0005-example.md)',
        '* Deciders: Oliver, Stefan',
        '* Date: 2017-12-01',
        '',
        'Technical Story: [#12](https://example.com/12)',
        '',
        '## Context and Problem Statement',
        '',
        'We want to record decisions.',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "MADR 2.1.2", because it is lean.',
        '',
        '### Positive Consequences <!-- optional -->',
        '',
        '* Good structure',
        '',
        '### Negative Consequences',
        '',
        '* None',
        '',
        '## Links',
        '',
        '* Refined by [ADR-0006](0006-x.md)',
      ].join('\n'),
    );
    expect(fields).toMatchObject({
      status: 'Superseded',
      supersededBy: '0005',
      deciders: 'Oliver, Stefan',
      date: '2017-12-01',
      decision: 'Chosen option: "MADR 2.1.2", because it is lean.',
    });
    expect(fields.context).toBe(
      'Technical Story: [#12](https://example.com/12)\n\nWe want to record decisions.',
    );
    expect(fields.consequences).toBe(
      [
        '**Positive Consequences**',
        '* Good structure',
        '**Negative Consequences**',
        '* None',
        '**Links**',
        '* Refined by [ADR-0006](0006-x.md)',
      ].join('\n\n'),
    );
  });

  it('reads MADR 3’s "deciders", statuses in any case, and lists of names', () => {
    const { fields } = read(
      '---\nstatus: "Accepted"\ndate: 2022-11-07\ndeciders:\n  - Ana\n  - Bo\n---\n# T\n\n## Considered Options\n\n1. A\n2. B\n   continued\n',
    );
    expect(fields).toMatchObject({ status: 'Accepted', date: '2022-11-07', deciders: 'Ana, Bo' });
    expect(fields.options.map((o) => o.text)).toEqual(['A', 'B continued']);
  });

  it('keeps headings inside code fences as code', () => {
    const { fields } = read(
      '# T\n\n## Context and Problem Statement\n\n```sh\n# install\n## not a section\n```\n\n## Decision Outcome\n\nDone.',
    );
    expect(fields.context).toBe('```sh\n# install\n## not a section\n```');
    expect(fields.decision).toBe('Done.');
  });

  it('refuses what is not a MADR file', () => {
    expect(fromMadr('  \n', 'a.md')).toEqual({ ok: false, reason: 'the file is empty' });
    expect(fromMadr('just some notes', 'a.md')).toEqual({
      ok: false,
      reason: 'no MADR title or sections found',
    });
  });

  it.each([
    ['0001-use-x.md', '0001'],
    ['docs/decisions/0042-use-x.md', '0042'],
    ['madr-0010-support-categories.md', '0010'],
    ['adr-template.md', ''],
    ['v2-notes.md', ''],
  ])('reads the number of %j as %j', (name, number) => {
    expect(numberFromFileName(name)).toBe(number);
  });
});
