import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { findAll, parseMarkdown } from '../../test/markdown';
import { migrationStrategy, phaseLines, type Phase } from './model';
import { example } from './example';

const phases = (...values: [string, string][]): Phase[] =>
  values.map(([name, description], i) => ({ id: `p${i}`, name, description }));

describe('13. Migration Strategy', () => {
  it('keeps its heading and 13.1 with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(migrationStrategy, migrationStrategy.empty())).toBe(
      '## 13. Migration Strategy\n\n### 13.1 Phases\n\n_Not yet specified._',
    );
  });

  it('renders the five phases of the example as an ordered list', () => {
    const markdown = sectionMarkdown(migrationStrategy, example());
    expect(markdown).toContain('### 13.1 Phases');
    expect(markdown).toContain('1. **Phase 1: Setup infrastructure** — Weeks 1–4.');
    const [list] = findAll(parseMarkdown(markdown), 'list');
    expect(list?.ordered).toBe(true);
    expect(list?.children).toHaveLength(5);
    const names = findAll(parseMarkdown(markdown), 'strong').map((s) =>
      s.children.map((c) => ('value' in c ? c.value : '')).join(''),
    );
    expect(names).toEqual([
      'Phase 1: Setup infrastructure',
      'Phase 2: Migrate core services',
      'Phase 3: Migrate data',
      'Phase 4: Switch traffic',
      'Phase 5: Decommission old system',
    ]);
  });

  it('numbers phases by their place, skipping blank ones', () => {
    expect(
      phaseLines(phases(['B', ''], ['', ' '], ['', 'Only a description'], ['A', 'x'])),
    ).toEqual(['**Phase 1: B**', '**Phase 2** — Only a description', '**Phase 3: A** — x']);
  });

  it('drops a phase number typed into the name, since the order decides it', () => {
    expect(phaseLines(phases(['Phase 3: Migrate data', ''], ['phase 1 — Setup', '']))).toEqual([
      '**Phase 1: Migrate data**',
      '**Phase 2: Setup**',
    ]);
  });

  it('keeps a multi-line description inside its list item and stars from ending the bold', () => {
    const markdown = migrationStrategy.toMarkdown({
      phases: phases(['A * B', 'first\n\nsecond']),
    });
    const tree = parseMarkdown(markdown);
    const [list] = findAll(tree, 'list');
    expect(list?.children).toHaveLength(1);
    expect(findAll(tree, 'strong')).toHaveLength(1);
    expect(markdown).toContain('**Phase 1: A \\* B** — first\n   second');
    expect(phaseLines(phases(['C:\\temp\\', '']))).toEqual(['**Phase 1: C:\\\\temp\\\\**']);
  });

  it('accepts the example and rejects malformed data', () => {
    expect(migrationStrategy.schema.safeParse(example()).success).toBe(true);
    expect(migrationStrategy.schema.safeParse({ phases: 'all at once' }).success).toBe(false);
    expect(
      migrationStrategy.schema.safeParse({ phases: [{ id: '', name: 'x', description: '' }] })
        .success,
    ).toBe(false);
    expect(
      migrationStrategy.schema.safeParse({ phases: [{ id: 'p1', name: 1, description: '' }] })
        .success,
    ).toBe(false);
    expect(migrationStrategy.schema.parse({})).toEqual({ phases: [] });
  });
});
