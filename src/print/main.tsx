import { createRoot } from 'react-dom/client';
import type { PrintOptions } from './api';
import { PrintMessage } from './PrintMessage';
import { renderForPrint } from './render';
import { readPrintRoute } from './route';
import { loadStoredDocument } from './stored';
import '../ui/theme.css';
import './print.css';

const container = document.getElementById('root');
if (!container) throw new Error('print.html has no #root');
const root = createRoot(container);

const render = (input: unknown, options?: PrintOptions) =>
  renderForPrint(root, container, input, options);

// For the command-line export, which drives this page headless (scripts/export.ts).
window.archbenchRender = render;

const explain = (text: string) => root.render(<PrintMessage text={text} problem />);

/** The in-app path: print.html#doc=<id> prints a document stored in this browser. */
async function printStored(docId: string, print: boolean, draft: boolean): Promise<void> {
  root.render(<PrintMessage text="Preparing the document for print…" />);
  const stored = await loadStoredDocument(docId);
  if (!stored) {
    explain('This document is not stored in this browser, so there is nothing to print.');
    return;
  }
  if (!stored.ok) {
    explain(stored.message);
    return;
  }
  await render(stored.document, { draft });
  // One frame later, so the drawn diagrams are laid out before the dialog takes a snapshot.
  if (print) requestAnimationFrame(() => window.print());
}

const route = readPrintRoute(window.location.hash);
if (route.docId) {
  printStored(route.docId, route.print, route.draft).catch((error: unknown) =>
    explain(
      `The document could not be opened for print: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
} else {
  root.render(
    <PrintMessage text="Open a document in Archbench and choose Export PDF to print it." />,
  );
}
