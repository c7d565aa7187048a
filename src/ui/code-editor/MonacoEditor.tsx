import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { EditorPlaceholder } from './EditorPlaceholder';
import { monaco } from './monacoSetup';
import { THEME } from './theme';
import type { CodeProblem } from './problems';

export interface MonacoEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: 'mermaid' | 'sql' | 'yaml';
  ariaLabel: string;
  height: number;
  problems: readonly CodeProblem[];
}

type Model = ReturnType<Parameters<OnMount>[0]['getModel']>;

/** The Monaco editor itself; loaded lazily by CodeField so it stays out of the first bundle. */
export default function MonacoEditor({
  value,
  onChange,
  language,
  ariaLabel,
  height,
  problems,
}: MonacoEditorProps) {
  const [model, setModel] = useState<Model>(null);

  // Problems become squiggles at their line, with the message on hover.
  useEffect(() => {
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'archbench',
      problems.map((p) => {
        const line = Math.min(Math.max(p.line ?? 1, 1), model.getLineCount());
        return {
          severity:
            p.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
          message: p.message,
          startLineNumber: line,
          startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
          endLineNumber: line,
          endColumn: model.getLineMaxColumn(line),
        };
      }),
    );
  }, [model, problems]);

  return (
    <Editor
      value={value}
      language={language}
      height={height}
      theme={THEME}
      onChange={(v) => onChange(v ?? '')}
      onMount={(editor) => setModel(editor.getModel())}
      loading={<EditorPlaceholder height={height} />}
      options={{
        ariaLabel,
        minimap: { enabled: false },
        fontSize: 13,
        lineNumbersMinChars: 3,
        scrollBeyondLastLine: false,
        wordWrap: 'on',
        tabSize: 2,
        automaticLayout: true,
        renderLineHighlight: 'none',
        overviewRulerLanes: 0,
        padding: { top: 8, bottom: 8 },
        fixedOverflowWidgets: true,
        // Enter ends a line of a diagram; Tab takes a suggestion.
        acceptSuggestionOnEnter: 'off',
      }}
    />
  );
}
