import { lazy, Suspense, type ReactNode } from 'react';
import { Field } from '../fields/Field';
import { EditorPlaceholder } from './EditorPlaceholder';
import type { MonacoEditorProps } from './MonacoEditor';
import type { CodeProblem } from './problems';
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
  /** Problems to mark at their lines (syntax errors, validation). */
  problems?: readonly CodeProblem[];
  /** Controls shown above the editor, beside the label (starters, import). */
  tools?: ReactNode;
}

const none: readonly CodeProblem[] = [];

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
  problems = none,
  tools,
}: CodeFieldProps) {
  return (
    <Field label={label} hint={hint} anchor={anchor} badge={badges[language]} labelAs="caption">
      {() => (
        <>
          {tools && <div className="code-field__tools">{tools}</div>}
          <div className="code-field" data-language={language}>
            <Suspense fallback={<EditorPlaceholder height={height} />}>
              <MonacoEditor
                value={value}
                onChange={onChange}
                language={language}
                ariaLabel={label}
                height={height}
                problems={problems}
              />
            </Suspense>
          </div>
          <ProblemList label={label} problems={problems} />
        </>
      )}
    </Field>
  );
}

/** The problems in words under the editor: markers alone are invisible to many readers. */
function ProblemList({ label, problems }: { label: string; problems: readonly CodeProblem[] }) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 5);
  return (
    <ul className="code-field__problems" aria-label={`Problems in ${label}`}>
      {shown.map((p, i) => (
        <li key={i} className={`code-field__problem code-field__problem--${p.severity ?? 'error'}`}>
          {p.line !== undefined && <span className="code-field__line">Line {p.line}</span>}
          <span>{p.message}</span>
        </li>
      ))}
      {problems.length > shown.length && (
        <li className="code-field__problem">and {problems.length - shown.length} more</li>
      )}
    </ul>
  );
}
