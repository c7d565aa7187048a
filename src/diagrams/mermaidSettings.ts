import type { Mermaid } from 'mermaid';

/** How Mermaid is set up, wherever it runs (this page or the renderer frame). */
export const MERMAID_SETTINGS: Parameters<Mermaid['initialize']>[0] = {
  startOnLoad: false,
  // "strict" encodes HTML in labels and disables click callbacks: diagrams are user input.
  // Mermaid does not let a diagram's %%{init}%% directive change it.
  securityLevel: 'strict',
  // What a diagram's %%{init}%% or front matter may not set (at any depth): Mermaid's own
  // list; themeCSS and the fonts, which reach the SVG's CSS unchecked (a url() there loads
  // from another site wherever the downloaded SVG is opened); and HTML labels, which would
  // put the labels' HTML in a <foreignObject>.
  secure: [
    'secure',
    'securityLevel',
    'startOnLoad',
    'maxTextSize',
    'suppressErrorRendering',
    'maxEdges',
    'themeCSS',
    'fontFamily',
    'altFontFamily',
    'htmlLabels',
  ],
  suppressErrorRendering: true,
  theme: 'neutral',
  // Labels as SVG text, not HTML in <foreignObject>: the SVG then draws onto a canvas
  // (PNG export) and prints as selectable vector text.
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};
