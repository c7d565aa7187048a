import { sections, type SectionId } from '../registry';
import { sectionName } from '../../core/document/section';
import { withTextAlternative } from '../../core/mermaid/accessibility';
import { diagramKeyword, preprocess } from '../../core/mermaid/preprocess';
import { blocks, NOT_SPECIFIED } from '../../core/markdown/blocks';
import type { Target } from './match';
import { hooksOf } from './sectionImports';
import { tableOf, type Block, type Chunk } from '../../core/markdown/import/parse';

/** Where text goes that fits no section, or whose section has no field for prose. */
export const NOTES = 'Imported notes (15. Appendices)';

/** The imported document's sections while they fill up, by id. */
export type SectionsInProgress = Record<SectionId, unknown>;

export interface PlaceOptions {
  /** Written above the text; '' when the heading is not kept (Archbench's own headings). */
  headingLine: string;
  /** The kept heading as plain text: the title of a diagram taken from under it. */
  title?: string;
  /** Blocks already used elsewhere (the metadata table under the title). */
  skip?: ReadonlySet<Block>;
}

const byId = new Map<string, (typeof sections)[number]>(sections.map((s) => [s.id, s]));

/** "14. Risks and Mitigations" for "risks". */
export function sectionLabel(id: SectionId): string {
  const section = byId.get(id);
  return section ? sectionName(section) : id;
}

// Component, data-flow and deployment diagrams are drawings of boxes: a sequence or state
// diagram found under the same heading stays with the text.
const DRAWINGS =
  /^(graph|flowchart(-v2|-elk)?|C4(Context|Container|Component|Deployment)|architecture(-beta)?|block(-beta)?)$/;

function diagramName(target: Target, subsection: string): string {
  const sub = byId.get(target.section)?.subsections.find((s) => s.number === subsection);
  return sub ? sectionName(sub) : subsection;
}

interface Taken {
  data: unknown;
  destination: string;
}

/** Appends to 15's imported notes, through 15's own import hook. */
export function addNotes(state: SectionsInProgress, markdown: string) {
  const notes = hooksOf('appendices');
  if (!notes.importInto) throw new Error('15. Appendices takes no imported notes.');
  state.appendices = notes.importInto(state.appendices, markdown);
}

/** What a section's hooks take of one block (a diagram, a table), or null. */
function take(
  text: string,
  block: Block,
  target: Target,
  data: unknown,
  title: string,
): Taken | null {
  const hooks = hooksOf(target.section);
  const { node } = block;
  if (node.type === 'code' && node.lang === 'mermaid' && hooks.importDiagram) {
    const sub = hooks.diagramSubsection ?? '';
    const fits = target.subsection === undefined || target.subsection === sub;
    if (!fits || !DRAWINGS.test(diagramKeyword(preprocess(node.value).text))) return null;
    // The heading it was drawn under stays with the diagram, as its accessible title.
    const next = hooks.importDiagram(data, withTextAlternative(node.value, { title }));
    return next === null ? null : { data: next, destination: diagramName(target, sub) };
  }
  if (node.type === 'table' && hooks.importTable) {
    const next = hooks.importTable(data, tableOf(text, node));
    return next === null ? null : { data: next, destination: sectionLabel(target.section) };
  }
  return null;
}

/** The chunk's text without the blocks in `cut`, blank lines squeezed. */
function remainder(text: string, chunk: Chunk, cut: readonly Block[]): string {
  let at = chunk.start;
  let out = '';
  for (const block of cut) {
    out += text.slice(at, block.start);
    at = block.end;
  }
  out += text.slice(at, chunk.end);
  const rest = out.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n').trim();
  // Archbench's placeholder for an empty section is no content.
  return rest === NOT_SPECIFIED ? '' : rest;
}

/**
 * Places one chunk: diagrams and tables into the fields of its section that take them, the
 * rest (with its heading) into the section's prose field, or into the imported notes.
 * Returns where it went, for the placements shown to the user.
 */
export function placeChunk(
  state: SectionsInProgress,
  text: string,
  chunk: Chunk,
  target: Target | null,
  options: PlaceOptions,
): string[] {
  const destinations = new Set<string>();
  const cut: Block[] = [];
  for (const block of chunk.blocks) {
    if (options.skip?.has(block) || block.node.type === 'heading') {
      cut.push(block);
      continue;
    }
    const taken = target && take(text, block, target, state[target.section], options.title ?? '');
    if (taken) {
      state[target.section] = taken.data;
      destinations.add(taken.destination);
      cut.push(block);
    }
  }
  const rest = remainder(text, chunk, cut);
  // A heading whose content all went into fields has nothing left to head.
  const heading = rest === '' && destinations.size > 0 ? '' : options.headingLine;
  const markdown = blocks(heading, rest);
  if (markdown === '') return [...destinations];
  const hooks = target ? hooksOf(target.section) : {};
  if (target && hooks.importInto) {
    state[target.section] = hooks.importInto(state[target.section], markdown);
    destinations.add(target.section === 'appendices' ? NOTES : sectionLabel(target.section));
  } else {
    addNotes(state, markdown);
    destinations.add(NOTES);
  }
  return [...destinations];
}
