import { Lexer, type Token, type Tokens } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExampleDocument } from '../example';
import type { ArchDocument } from '../schema';
import { sections } from '../registry';
import { toMarkdown } from './exportMarkdown';
import { deriveAll } from './toMarkdown';

/**
 * The exported Markdown read by a second parser (marked) that shares no code with the
 * remark/micromark stack behind the preview: what GitHub will see should not depend on one
 * parser's leniency.
 */
function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens, visit);
    if (token.type === 'list') walk((token as Tokens.List).items, visit);
  }
}

function read(markdown: string) {
  const tables: Tokens.Table[] = [];
  const code: Tokens.Code[] = [];
  const headings: Tokens.Heading[] = [];
  walk(Lexer.lex(markdown, { gfm: true }), (t) => {
    if (t.type === 'table') tables.push(t as Tokens.Table);
    if (t.type === 'code') code.push(t as Tokens.Code);
    if (t.type === 'heading') headings.push(t as Tokens.Heading);
  });
  return { tables, code, headings };
}

let doc: ArchDocument;
let markdown: string;
beforeAll(async () => {
  doc = await createExampleDocument('2026-11-25T10:00:00.000Z');
  markdown = toMarkdown(doc, await deriveAll(doc));
});

describe('the worked example’s export, read by marked', () => {
  it('has the template’s section headings, in order', () => {
    const h2 = read(markdown)
      .headings.filter((h) => h.depth === 2)
      .map((h) => h.text);
    expect(h2).toEqual(sections.map((s) => `${s.number}. ${s.title}`));
  });

  it('reads every GFM table with every row as wide as its header', () => {
    const { tables } = read(markdown);
    const pipesTables = markdown.match(/^\|.*\|\n\|(?: *:?-+:? *\|)+$/gm) ?? [];
    expect(tables.length).toBe(pipesTables.length);
    expect(tables.length).toBeGreaterThan(15);
    for (const table of tables) {
      for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    }
    // The cost table's totals and the risk table arrive as cells, not as loose text.
    const risks = tables.find(
      (t) => t.header.map((h) => h.text).join() === 'Risk,Probability,Impact,Mitigation',
    );
    expect(risks?.rows.length).toBe(doc.sections.risks.risks.length);
  });

  it('reads every diagram as a mermaid fence whose text is the diagram', () => {
    const { code } = read(markdown);
    const mermaid = code.filter((c) => c.lang === 'mermaid');
    expect(mermaid.length).toBe((markdown.match(/^```mermaid$/gm) ?? []).length);
    expect(mermaid.length).toBeGreaterThanOrEqual(4);
    const component = mermaid.find((c) => c.text.includes('API Gateway'));
    expect(component?.text).toContain(doc.sections.systemComponents.diagram.trim().split('\n')[0]);
    // SQL, YAML and the rest keep their language and are closed where they should be.
    expect(code.map((c) => c.lang)).toEqual(expect.arrayContaining(['sql', 'yaml']));
  });
});
