import { splitFrontMatter } from '../../core/markdown/frontMatter';
import type { DocumentSections } from '../registry';
import { createEmptyDocument } from '../create';
import { captioned, codeBlock } from '../../core/markdown/blocks';
import type { ImportPlacement, MarkdownImport } from './types';
import { matchHeading, type Match } from './match';
import { readMetadata } from './metadata';
import { parseMarkdown } from '../../core/markdown/parse';
import { withoutGeneratedViews } from './generated';
import { chunksOf, plainText, type Block, type Chunk } from '../../core/markdown/import/parse';
import { addNotes, NOTES, placeChunk, sectionLabel, type SectionsInProgress } from './place';

// Each heading is matched and placed on its own; past this many, the file is no document.
const MAX_HEADINGS = 2000;
const FRONT_MATTER = /^---[ \t]*\n(?:[\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** "docs/Arc42.md" → "Arc42"; the title of a document whose file names none. */
export function fileTitle(fileName: string): string {
  const base = (fileName.split(/[\\/]/).at(-1) ?? '').replace(/\.(md|markdown|txt)$/i, '');
  return base.trim() || 'Imported architecture';
}

interface Title {
  text: string;
  /** The chunk whose heading is the title; its text is read as text before any heading. */
  chunk: Chunk | null;
  /** A title naming a section ("# Runtime View") lends it to the headings below. */
  match: Match | null;
}

function frontMatterTitle(frontMatter: string): string {
  const value = splitFrontMatter(frontMatter).meta.get('title') ?? '';
  return plainText(parseMarkdown(value)).replace(/\s+/g, ' ').trim();
}

/**
 * The front matter's title; else a first heading of level 1, unless it is the first of
 * several chapters named like sections (arc42 writes each chapter as a level-1 heading).
 */
function titleOf(chunks: readonly Chunk[], frontMatter: string, fileName: string): Title {
  const fromFrontMatter = frontMatter ? frontMatterTitle(frontMatter) : '';
  const fallback = { text: fromFrontMatter || fileTitle(fileName), chunk: null, match: null };
  const first = chunks[1];
  if (fromFrontMatter || first?.depth !== 1) return fallback;
  const match = matchHeading(first.plain);
  const strong = match && match.strength >= 2 ? match : null;
  if (strong && chunks.filter((c) => c.depth === 1).length > 1) return fallback;
  return { text: first.plain, chunk: first, match: strong };
}

/**
 * A heading's section: its own when its whole text is a section's name, or when it names one
 * more surely than the heading above it; else the one of the heading above, so that
 * "### Consequences" stays with its decision and "### Scope" with its scenario.
 */
function resolve(own: Match | null, parent: Match | null): Match | null {
  if (own && (own.strength >= 3 || !parent || own.strength > parent.strength)) return own;
  return parent ?? own;
}

interface Level {
  depth: number;
  target: Match | null;
  level: number;
}

function placementOf(heading: string, where: string[], target: Match | null): ImportPlacement {
  const placement: ImportPlacement = { heading, target: where.join(', ') || 'Nothing to import' };
  if (target && where.join() === NOTES && target.section !== 'appendices') {
    placement.matched = sectionLabel(target.section);
  }
  return placement;
}

interface Reading {
  text: string;
  state: SectionsInProgress;
  placements: ImportPlacement[];
}

/** The text before the first heading, and under the title: the executive summary's. */
function placeOpening(reading: Reading, opening: readonly Chunk[], title: Title, skip: Set<Block>) {
  const target = { section: 'executiveSummary', strength: 0 } as const;
  for (const chunk of opening) {
    const where = placeChunk(reading.state, reading.text, chunk, target, { headingLine: '', skip });
    if (chunk === title.chunk) {
      reading.placements.push({ heading: chunk.plain, target: 'Document title' });
    } else if (where.length > 0) {
      const heading = '(text before the first heading)';
      reading.placements.push({ heading, target: where.join(', ') });
    }
  }
}

/** Each heading below the title, placed in its own section or the one of its chapter. */
function placeHeadings(reading: Reading, chunks: readonly Chunk[], title: Title) {
  const stack: Level[] = [];
  for (const chunk of chunks) {
    while ((stack.at(-1)?.depth ?? 0) >= chunk.depth) stack.pop();
    const parent = stack.at(-1);
    const own = matchHeading(chunk.plain);
    const target = resolve(own, parent?.target ?? title.match);
    // Headings start at level 4, below the sections' own subsections, and keep their nesting
    // within the place they go to.
    const nested = parent && parent.target?.section === target?.section;
    const level = nested ? Math.min(6, parent.level + 1) : 4;
    stack.push({ depth: chunk.depth, target, level });
    // Archbench's own headings are the document's headings already: written again, they
    // would show twice.
    const kept = own?.strength !== 4;
    const where = placeChunk(reading.state, reading.text, chunk, target, {
      headingLine: kept ? `${'#'.repeat(level)} ${chunk.heading}` : '',
      title: kept ? chunk.plain : '',
    });
    reading.placements.push(placementOf(chunk.plain, where, target));
  }
}

/** Reads any Markdown by its headings into a new document (see importMarkdown). */
export function readByHeadings(source: string, fileName: string, now: string): MarkdownImport {
  const frontMatter = FRONT_MATTER.exec(source)?.[0] ?? '';
  const text = withoutGeneratedViews(source.slice(frontMatter.length));
  const chunks = chunksOf(text, parseMarkdown(text));
  if (chunks.length > MAX_HEADINGS) throw new Error(`it has more than ${MAX_HEADINGS} headings`);
  const title = titleOf(chunks, frontMatter, fileName);
  const document = createEmptyDocument(now, title.text);
  const reading: Reading = { text, state: { ...document.sections }, placements: [] };
  const notes: string[] = [];
  if (frontMatter) {
    const yaml = frontMatter.replace(/^---[ \t]*\n/, '').replace(/(?:---|\.\.\.)[ \t]*\n?$/, '');
    addNotes(reading.state, captioned('Front matter', codeBlock('yaml', yaml)));
    notes.push(`The front matter is kept as YAML in ${NOTES}.`);
  }
  const opening = chunks.slice(0, title.chunk ? 2 : 1);
  const meta = readMetadata(text, opening, document.meta);
  placeOpening(reading, opening, title, meta.used);
  placeHeadings(reading, chunks.slice(opening.length), title);
  const sections = reading.state as DocumentSections;
  return {
    document: { ...document, meta: meta.meta, sections },
    exact: false,
    placements: reading.placements,
    notes,
  };
}
