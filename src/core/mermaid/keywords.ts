/**
 * The keywords that open a Mermaid 11.17 diagram, one entry per spelling Mermaid accepts.
 * `textAlternative`: the grammar reads accTitle/accDescr and the drawing puts them in the SVG
 * (checked against Mermaid in accessibility.test.ts); mindmap, kanban, block and sankey reject
 * the lines, timeline accepts them but never draws them. `alias`: a second spelling, read but
 * not offered by the editor's completion.
 */
export const DIAGRAM_TYPES: readonly {
  readonly keyword: string;
  readonly textAlternative: boolean;
  readonly alias?: true;
}[] = [
  { keyword: 'graph', textAlternative: true },
  { keyword: 'flowchart', textAlternative: true },
  { keyword: 'flowchart-v2', textAlternative: true, alias: true },
  { keyword: 'flowchart-elk', textAlternative: true, alias: true },
  { keyword: 'sequenceDiagram', textAlternative: true },
  { keyword: 'classDiagram', textAlternative: true },
  { keyword: 'classDiagram-v2', textAlternative: true, alias: true },
  { keyword: 'stateDiagram', textAlternative: true },
  { keyword: 'stateDiagram-v2', textAlternative: true },
  { keyword: 'erDiagram', textAlternative: true },
  { keyword: 'journey', textAlternative: true },
  { keyword: 'gantt', textAlternative: true },
  { keyword: 'pie', textAlternative: true },
  { keyword: 'mindmap', textAlternative: false },
  { keyword: 'timeline', textAlternative: false },
  { keyword: 'gitGraph', textAlternative: true },
  { keyword: 'C4Context', textAlternative: true },
  { keyword: 'C4Container', textAlternative: true },
  { keyword: 'C4Component', textAlternative: true },
  { keyword: 'C4Dynamic', textAlternative: true },
  { keyword: 'C4Deployment', textAlternative: true },
  { keyword: 'quadrantChart', textAlternative: true },
  { keyword: 'requirementDiagram', textAlternative: true },
  { keyword: 'requirement', textAlternative: true, alias: true },
  { keyword: 'sankey-beta', textAlternative: false },
  { keyword: 'xychart-beta', textAlternative: true },
  { keyword: 'xychart', textAlternative: true, alias: true },
  { keyword: 'block-beta', textAlternative: false },
  { keyword: 'packet-beta', textAlternative: true },
  { keyword: 'packet', textAlternative: true, alias: true },
  { keyword: 'architecture-beta', textAlternative: true },
  { keyword: 'radar-beta', textAlternative: true },
  { keyword: 'treemap-beta', textAlternative: true, alias: true },
  { keyword: 'kanban', textAlternative: false },
];
