/** The tokens of Mermaid's flowchart grammar that the node scanner (flowchart.ts) reads. */

/** Shape openers with their closers, longest first so `((` wins over `(`. */
export const SHAPES: [string, string[]][] = [
  ['(((', [')))']],
  ['((', ['))']],
  ['([', ['])']],
  ['(-', ['-)']],
  ['[[', [']]']],
  ['[(', [')]']],
  ['[/', ['/]', '\\]']],
  ['[\\', ['\\]', '/]']],
  ['{{', ['}}']],
  ['(', [')']],
  ['[', [']']],
  ['{', ['}']],
  ['>', [']']],
];

export const HEADER = /(?:graph|flowchart(?:-v2|-elk)?)\b[^\S\n]*(?:TB|TD|BT|RL|LR|[<>^v])?/y;
export const SKIPPED = /(?:direction|classDef|class|style|linkStyle|click|end)(?=[\s;]|$)/y;
/** Accessibility text runs to the end of its line (or block), `;` included. */
export const ACCESSIBILITY = /acc(?:Title|Descr)\s*:[^\n]*|accDescr\s*\{[^}]*\}?/y;
export const SUBGRAPH = /subgraph[^\S\n]+(?:"([^"\n]*)"|([^\n[;]*))/y;
/** Mermaid's LINK tokens: -->, ---, --x, <-->, ==>, -.->, -.-, ~~~ and longer forms. */
export const LINK = /[<xo]?(?:-{2,}[->xo]|={2,}[=>xo]|-?\.+-[>xo]?|~{3,})/y;
/** The start of a link with text in it (`-- text -->`), with the end it waits for. */
export const TEXT_LINK: [RegExp, RegExp][] = [
  [/[<xo]?--/y, /-{2,}[->xo]/g],
  [/[<xo]?==/y, /={2,}[=>xo]/g],
  [/[<xo]?-\./y, /\.+-[>xo]?/g],
];
export const EDGE_ID = /[\w-]+@(?=[<xo]?[-=~.])/y;
export const ID_END = /[\s[\](){}<>|&;,"'`@:]/;
