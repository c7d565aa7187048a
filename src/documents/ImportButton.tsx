import { useId, useRef, useState } from 'react';
import { Icon } from '../ui/icons/Icon';
import { readImport } from './importFile';
import { useDocuments } from './store';

/**
 * "Import": a JSON backup or a Markdown file becomes a new document. A file that cannot be
 * imported gets its reason in place, and nothing changes.
 */
export function ImportButton({ onImported }: { onImported: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const importDocument = useDocuments((s) => s.importDocument);
  const [problem, setProblem] = useState<{ message: string; problems: readonly string[] }>();
  const [busy, setBusy] = useState(false);
  const hintId = useId();

  const read = async (file: File) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const outcome = await readImport(file);
      if (!outcome.ok) {
        setProblem(outcome);
        return;
      }
      await importDocument(outcome.document, outcome.report, file.name);
      onImported();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import">
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-describedby={hintId}
        onClick={() => input.current?.click()}
      >
        <Icon name="upload" /> Import
      </button>
      <span className="import__hint" id={hintId}>
        A JSON backup or a Markdown document, as a new document.
      </span>
      <input
        ref={input}
        type="file"
        accept=".json,.md,.markdown,application/json,text/markdown"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that picking the same file again (after fixing it) reads it again.
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {problem && (
        <div className="import__problem" role="alert">
          <p>{problem.message}</p>
          {problem.problems.length > 1 && (
            <ul>
              {problem.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
