/**
 * Mermaid errors that name no line: found again in the source from what they do name (a shape,
 * a branch, a mindmap node), so that even these get an editor marker.
 */
import { frontMatterLines, lineOfOffset, originOf, preprocess, sourceLines } from './preprocess';

type Locator = (source: string, message: string) => number | undefined;

/** Lines after the front matter, with their 1-based numbers. */
function bodyLines(source: string): { text: string; line: number }[] {
  const skip = frontMatterLines(source);
  return sourceLines(source)
    .map((text, i) => ({ text, line: i + 1 }))
    .slice(skip);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const noSuchShape: Locator = (source, message) => {
  const shape = /No such shape: (\S+?)\.?(?:\s|$)/.exec(message)?.[1];
  if (shape === undefined) return undefined;
  const lines = bodyLines(source);
  const declared = new RegExp(`shape\\s*:\\s*["']?${escapeRegExp(shape)}(?![\\w-])`);
  return (
    lines.find((l) => declared.test(l.text))?.line ??
    lines.find((l) => l.text.includes(shape))?.line
  );
};

/** `branch x` / `branch "x"` statements of a gitGraph, with their lines. */
function branchStatements(source: string, keyword: string): { name: string; line: number }[] {
  const statement = new RegExp(`^\\s*${keyword}\\s+(?:"([^"]*)"|(\\S+))`);
  return bodyLines(source).flatMap(({ text, line }) => {
    const match = statement.exec(text);
    return match ? [{ name: match[1] ?? match[2] ?? '', line }] : [];
  });
}

const existingBranch: Locator = (source, message) => {
  if (!message.includes('Trying to create an existing branch')) return undefined;
  const name = /"checkout (.+?)"\)?\s*$/.exec(message)?.[1];
  const branches = branchStatements(source, 'branch').filter(
    (b) => name === undefined || b.name === name,
  );
  // The main branch exists before any statement, so its first `branch` is already the clash.
  const main = /mainBranchName\s*:\s*["']?([^"',}\s]+)/.exec(source)?.[1] ?? 'main';
  const clash = name === main ? branches[0] : (branches[1] ?? branches[0]);
  return clash?.line;
};

const missingBranch: Locator = (source, message) => {
  if (!message.includes('Trying to checkout branch which is not yet created')) return undefined;
  const name = /"branch (.+?)"\)?\s*$/.exec(message)?.[1];
  const uses = [...branchStatements(source, 'checkout'), ...branchStatements(source, 'switch')];
  return uses.filter((u) => u.name === name).sort((a, b) => a.line - b.line)[0]?.line;
};

const secondRoot: Locator = (source, message) => {
  const text = /No parent could be found for \("(.*)"\)/s.exec(message)?.[1];
  if (text === undefined) return undefined;
  const content = bodyLines(source).filter(
    (l) => l.text.trim() !== '' && !/^\s*%%/.test(l.text) && !/^\s*mindmap\b/.test(l.text),
  );
  const [root, ...rest] = content;
  if (!root) return undefined;
  const indent = (t: string): number => t.length - t.trimStart().length;
  return (
    rest.find((l) => l.text.includes(text))?.line ??
    rest.find((l) => indent(l.text) <= indent(root.text))?.line
  );
};

/** The first line Mermaid tried to read a diagram type from. */
const noDiagramType: Locator = (source, message) => {
  if (!/No diagram type detected|Diagram \S+ not found/.test(message)) return undefined;
  const code = preprocess(source);
  return code.text === '' ? 1 : lineOfOffset(source, originOf(code, 0));
};

export const SEMANTIC: Locator[] = [
  noSuchShape,
  existingBranch,
  missingBranch,
  secondRoot,
  noDiagramType,
];
