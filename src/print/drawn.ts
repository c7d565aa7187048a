import type { DiagramFailure, PrintSummary } from './api';

// MermaidDiagram marks its figure: "pending" until its first drawing is done, then "ok" or
// "error". Printing earlier would put "Drawing diagram…" on paper.
const FIGURES = 'figure.diagram';
const PENDING = 'figure.diagram[data-state="pending"]';

/** Diagrams normally draw in seconds; past this, printing goes on and names the laggards. */
const PATIENCE_MS = 60_000;

/** Resolves when every diagram under `root` is drawn or has failed (or patience runs out). */
export function diagramsSettled(root: HTMLElement, patienceMs = PATIENCE_MS): Promise<void> {
  return new Promise((resolve) => {
    if (!root.querySelector(PENDING)) {
      resolve();
      return;
    }
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (!root.querySelector(PENDING)) finish();
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-state'],
    });
    const timer = setTimeout(finish, patienceMs);
  });
}

function failureOf(figure: HTMLElement): DiagramFailure {
  const title = figure.getAttribute('aria-label') ?? 'Diagram';
  if (figure.dataset.state === 'pending') return { title, message: 'still drawing; gave up.' };
  const message = figure.querySelector('.diagram__error pre')?.textContent ?? '';
  return { title, message: message.trim() || 'could not be drawn.' };
}

/** What was printed: sections, diagrams, and the diagrams that show an error instead. */
export function summarise(root: HTMLElement): PrintSummary {
  const figures = [...root.querySelectorAll<HTMLElement>(FIGURES)];
  return {
    sections: root.querySelectorAll('.print-section').length,
    diagrams: figures.length,
    failed: figures.filter((f) => f.dataset.state !== 'ok').map(failureOf),
  };
}
