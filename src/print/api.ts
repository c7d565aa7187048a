/**
 * The contract between print.html and whoever drives it headless (scripts/export.ts): the
 * page sets `window.archbenchRender`, the caller hands it a document and awaits the drawing.
 */

export interface PrintOptions {
  /** Marks every page DRAFT: the document is printed before its review checklist passes. */
  readonly draft?: boolean;
}

export interface DiagramFailure {
  /** The figure's name, e.g. "4.1 Component Diagram". */
  readonly title: string;
  readonly message: string;
}

export interface PrintSummary {
  readonly sections: number;
  readonly diagrams: number;
  /** Diagrams printed as their error instead of a drawing. */
  readonly failed: readonly DiagramFailure[];
}

/**
 * Renders a document (raw JSON; it is validated and migrated like any import) and resolves
 * once everything, diagrams included, is drawn and the page is ready to print. Rejects with
 * a readable message when the document is not valid.
 */
export type PrintRender = (document: unknown, options?: PrintOptions) => Promise<PrintSummary>;

declare global {
  interface Window {
    archbenchRender?: PrintRender;
  }
}
