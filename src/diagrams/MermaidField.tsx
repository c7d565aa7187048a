import { useState } from 'react';
import { CodeField } from '../ui/code-editor/CodeField';
import { StarterDialog } from './StarterDialog';
import { useDiagramProblems } from './useDiagramProblems';

interface MermaidFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  anchor?: string;
  height?: number;
}

/**
 * A diagram field: Mermaid in Monaco, its syntax error marked at its line, and starter
 * diagrams to begin from.
 */
export function MermaidField({
  label,
  value,
  onChange,
  hint,
  anchor,
  height = 320,
}: MermaidFieldProps) {
  const problems = useDiagramProblems(value);
  const [choosing, setChoosing] = useState(false);
  return (
    <>
      <CodeField
        label={label}
        language="mermaid"
        value={value}
        onChange={onChange}
        hint={hint}
        anchor={anchor}
        height={height}
        problems={problems}
        tools={
          <button type="button" className="button button--small" onClick={() => setChoosing(true)}>
            Insert starter diagram
          </button>
        }
      />
      {choosing && (
        <StarterDialog
          fieldLabel={label}
          current={value}
          onClose={() => setChoosing(false)}
          onInsert={(source) => {
            onChange(source);
            setChoosing(false);
          }}
        />
      )}
    </>
  );
}
