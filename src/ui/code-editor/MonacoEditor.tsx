import Editor from '@monaco-editor/react';
import { EditorPlaceholder } from './EditorPlaceholder';
import './monacoSetup';

export interface MonacoEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: 'mermaid' | 'sql' | 'yaml';
  ariaLabel: string;
  height: number;
}

/** The Monaco editor itself; loaded lazily by CodeField so it stays out of the first bundle. */
export default function MonacoEditor({
  value,
  onChange,
  language,
  ariaLabel,
  height,
}: MonacoEditorProps) {
  return (
    <Editor
      value={value}
      language={language}
      height={height}
      theme="vs"
      onChange={(v) => onChange(v ?? '')}
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
      }}
    />
  );
}
