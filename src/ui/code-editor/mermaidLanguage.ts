import type * as Monaco from 'monaco-editor/editor';
import { DIAGRAM_TYPES } from '../../core/mermaid/keywords';

// Offered by completion and highlighted; aliases are highlighted too.
const diagramKeywords = DIAGRAM_TYPES.filter((t) => !t.alias).map((t) => t.keyword);
const allDiagramKeywords = DIAGRAM_TYPES.map((t) => t.keyword);

const keywords = [
  'subgraph',
  'end',
  'direction',
  'TB',
  'TD',
  'BT',
  'RL',
  'LR',
  'participant',
  'actor',
  'as',
  'loop',
  'alt',
  'else',
  'opt',
  'par',
  'and',
  'critical',
  'break',
  'rect',
  'note',
  'Note',
  'over',
  'left of',
  'right of',
  'activate',
  'deactivate',
  'autonumber',
  'classDef',
  'class',
  'style',
  'linkStyle',
  'click',
  'state',
  'section',
  'title',
  'accTitle',
  'accDescr',
  'dateFormat',
  'Person',
  'Person_Ext',
  'System',
  'System_Ext',
  'SystemDb',
  'Container',
  'ContainerDb',
  'Component',
  'ComponentDb',
  'Rel',
  'BiRel',
  'Rel_U',
  'Rel_D',
  'Rel_L',
  'Rel_R',
  'Boundary',
  'System_Boundary',
  'Container_Boundary',
  'Enterprise_Boundary',
  'Deployment_Node',
  'Node',
];

/** Names already used in the diagram (node ids), offered again: edges mostly reuse them. */
function identifiers(text: string, current: string): string[] {
  const known = new Set([...allDiagramKeywords, ...keywords]);
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:^|[\s;&>-])([A-Za-z_][\w]*)(?=\s*[[({>@]|\s*-|\s*$)/gm)) {
    const id = match[1];
    if (id && id !== current && !known.has(id)) found.add(id);
  }
  return [...found].slice(0, 200);
}

/** A small Monarch grammar for Mermaid, with completion: Monaco has no Mermaid of its own. */
export function registerMermaid(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((l) => l.id === 'mermaid')) return;
  monaco.languages.register({
    id: 'mermaid',
    extensions: ['.mmd', '.mermaid'],
    aliases: ['Mermaid'],
  });
  monaco.languages.setMonarchTokensProvider('mermaid', {
    diagramKeywords: allDiagramKeywords,
    keywords,
    tokenizer: {
      root: [
        [/%%\{.*\}%%/, 'annotation'],
        [/%%.*$/, 'comment'],
        [/"[^"]*"/, 'string'],
        [/\|[^|]*\|/, 'string'],
        [
          /[-=.<>ox]*(-->|==>|-\.->|---|===|->>|-->>|-x|--x|-\)|--\)|\.\.>|\|\|--|}o--|o\{)[-=.<>ox|{}]*/,
          'operator',
        ],
        [
          /[A-Za-z_][\w-]*/,
          {
            cases: { '@diagramKeywords': 'keyword', '@keywords': 'type', '@default': 'identifier' },
          },
        ],
        [/\d+(\.\d+)?/, 'number'],
        [/[[\](){}]/, '@brackets'],
      ],
    },
  });
  monaco.languages.registerCompletionItemProvider('mermaid', {
    provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position);
      const range = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: word.startColumn,
        endColumn: word.endColumn,
      };
      // Before the diagram type is written, only diagram types make sense.
      const above = model.getValueInRange({
        startLineNumber: 1,
        startColumn: 1,
        endLineNumber: position.lineNumber,
        endColumn: word.startColumn,
      });
      const typed = above.split('\n').some((line) => {
        const text = line.trim();
        return text !== '' && !text.startsWith('%%') && !text.startsWith('---');
      });
      const kind = monaco.languages.CompletionItemKind;
      const suggestions = typed
        ? [
            ...keywords.map((label) => ({ label, kind: kind.Keyword, insertText: label, range })),
            ...identifiers(model.getValue(), word.word).map((label) => ({
              label,
              kind: kind.Variable,
              insertText: label,
              range,
            })),
          ]
        : diagramKeywords.map((label) => ({ label, kind: kind.Module, insertText: label, range }));
      return { suggestions };
    },
  });
  monaco.languages.setLanguageConfiguration('mermaid', {
    comments: { lineComment: '%%' },
    brackets: [
      ['[', ']'],
      ['(', ')'],
      ['{', '}'],
    ],
    autoClosingPairs: [
      { open: '[', close: ']' },
      { open: '(', close: ')' },
      { open: '{', close: '}' },
      { open: '"', close: '"' },
    ],
  });
}
