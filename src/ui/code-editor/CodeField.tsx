import { lazy, Suspense } from 'react';
import { Field } from '../fields/Field';
import { EditorPlaceholder } from './EditorPlaceholder';
import type { MonacoEditorProps } from './MonacoEditor';
import './code-field.css';

const MonacoEditor = lazy(() => import('./MonacoEditor'));

interface CodeFieldProps {
  label: string;
  language: MonacoEditorProps['language'];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  anchor?: string;
  /** Editor height in pixels. */
  height?: number;
}

const badges = { mermaid: 'Mermaid', sql: 'SQL', yaml: 'YAML' } as const;

/** A code field edited in Monaco, which loads on first use. */
export function CodeField({
  label,
  language,
  value,
  onChange,
  hint,
  anchor,
  height = 260,
}: CodeFieldProps) {
  return (
    <Field label={label} hint={hint} anchor={anchor} badge={badges[language]} labelAs="caption">
      {() => (
        <div className="code-field" data-language={language}>
          <Suspense fallback={<EditorPlaceholder height={height} />}>
            <MonacoEditor
              value={value}
              onChange={onChange}
              language={language}
              ariaLabel={label}
              height={height}
            />
          </Suspense>
        </div>
      )}
    </Field>
  );
}
