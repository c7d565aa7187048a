import { sectionName, type SectionModel } from '../core/document/section';
import type { MarkdownPart } from '../document/markdown/toMarkdown';
import { sections } from '../document/registry';

/** One line of the table of contents: a section or a subsection, with its anchor. */
export interface ContentsEntry {
  /** The element id the entry links to: "section-4", "section-4-1", "section-15-a". */
  readonly id: string;
  /** The heading as printed: "4. System Components", "4.1 Component Diagram". */
  readonly name: string;
  readonly children: readonly ContentsEntry[];
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Anchors come from the template's numbers, not from page positions or heading text, so a
 * link into the printed document survives any edit of its wording. Appendix letters are
 * qualified by their section ("15.A"), numbered subsections already are ("4.1").
 */
export function anchorOf(section: { number: string }, sub?: { number: string }): string {
  if (!sub) return `section-${slug(section.number)}`;
  const number = sub.number.includes('.') ? sub.number : `${section.number}.${sub.number}`;
  return `section-${slug(number)}`;
}

function hasHeading(markdown: string, name: string): boolean {
  return markdown.split('\n').some((line) => line.trim() === `### ${name}`);
}

/** A section as it prints: its Markdown and its entry in the contents. */
export interface PrintedSection {
  readonly entry: ContentsEntry;
  readonly markdown: string;
}

/**
 * Every section in template order, with the subsections its Markdown actually carries (an
 * optional appendix that is empty prints no heading, so it gets no entry leading nowhere).
 */
export function printedSections(parts: readonly MarkdownPart[]): PrintedSection[] {
  return (sections as readonly SectionModel[]).map((section) => {
    const markdown = parts.find((p) => p.key === section.id)?.markdown ?? '';
    const children = section.subsections
      .filter((sub) => hasHeading(markdown, sectionName(sub)))
      .map((sub) => ({ id: anchorOf(section, sub), name: sectionName(sub), children: [] }));
    return { entry: { id: anchorOf(section), name: sectionName(section), children }, markdown };
  });
}
