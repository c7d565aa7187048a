import { lazy, useState } from 'react';
import { CodeField } from '../ui/code-editor/CodeField';
import { MountWhenFirst } from '../ui/MountWhenFirst';
import { StarterDialog } from './StarterDialog';
import { useDiagramProblems } from './useDiagramProblems';

const MermaidLiveImportDialog = lazy(() => import('./MermaidLiveImportDialog'));

interface MermaidFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  anchor?: string;
  height?: number;
}

/**
 * A diagram field: Mermaid in Monaco, its syntax error marked at its line, starter diagrams
 * to begin from, and the diagram of a Mermaid Live link to take.
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
  const [dialog, setDialog] = useState<'starters' | 'mermaid-live' | null>(null);
  const insert = (source: string) => {
    onChange(source);
    setDialog(null);
  };
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
          <>
            <button
              type="button"
              className="button button--small"
              onClick={() => setDialog('starters')}
            >
              Insert starter diagram
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setDialog('mermaid-live')}
            >
              Import from Mermaid Live
            </button>
          </>
        }
      />
      {dialog === 'starters' && (
        <StarterDialog
          fieldLabel={label}
          current={value}
          onClose={() => setDialog(null)}
          onInsert={insert}
        />
      )}
      <MountWhenFirst when={dialog === 'mermaid-live'}>
        <MermaidLiveImportDialog
          open={dialog === 'mermaid-live'}
          fieldLabel={label}
          current={value}
          onClose={() => setDialog(null)}
          onInsert={insert}
        />
      </MountWhenFirst>
    </>
  );
}
