import type { SectionImport } from '../../core/markdown/import/hooks';
import { sections, type SectionId } from '../registry';

type Hooks = Readonly<Record<SectionId, SectionImport<unknown>>>;
let hooks: Hooks | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads what every section takes from an imported Markdown file (each module's `imports`),
 * once: they come with the importer, never at start.
 */
export function loadSectionImports(): Promise<void> {
  loading ??= Promise.all(
    sections.map(async (s) => [s.id, ((await s.imports?.()) ?? {}) as SectionImport<unknown>]),
  ).then((entries) => {
    hooks = Object.fromEntries(entries) as Hooks;
  });
  return loading;
}

/** A section's import hooks; importMarkdown loads them before it reads anything. */
export function hooksOf(id: SectionId): SectionImport<unknown> {
  if (!hooks) throw new Error('The section import hooks are not loaded (loadSectionImports).');
  return hooks[id];
}
