import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { restoreDocument } from '../document/restore';
import { deriveAll } from '../document/markdown/toMarkdown';
import type { PrintOptions, PrintSummary } from './api';
import { diagramsSettled, summarise } from './drawn';
import { fitTables, markWideDiagrams } from './layout';
import { PrintDocument } from './PrintDocument';

/**
 * Draws a document into the print page and resolves when it may be printed: derived
 * analyses run (the ER diagram from SQL is part of the document), every diagram drawn or
 * failed, fonts loaded. The input is validated like any document from outside.
 */
export async function renderForPrint(
  root: Root,
  container: HTMLElement,
  input: unknown,
  options: PrintOptions = {},
): Promise<PrintSummary> {
  const restored = restoreDocument(input);
  if (!restored.ok) throw new Error(restored.message);
  const doc = restored.document;
  const derived = await deriveAll(doc);
  // The browser suggests the title as the PDF's file name.
  document.title = [doc.meta.title.trim() || 'System Architecture Document', doc.meta.version]
    .filter(Boolean)
    .join(' ');
  container.dataset.state = 'drawing';
  flushSync(() =>
    root.render(
      <StrictMode>
        <PrintDocument doc={doc} derived={derived} draft={options.draft ?? false} />
      </StrictMode>,
    ),
  );
  await diagramsSettled(container);
  markWideDiagrams(container);
  fitTables(container);
  await document.fonts.ready;
  container.dataset.state = 'ready';
  return summarise(container);
}
