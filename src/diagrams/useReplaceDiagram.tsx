import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface Replacement {
  source: string;
  /** The new diagram as the question names it: "The Sequence diagram starter". */
  what: string;
}

/**
 * Puts a new diagram into a field, asking first when it would replace what the field holds:
 * the starters and the Mermaid Live import ask the same question. Render `confirmation`.
 */
export function useReplaceDiagram(
  fieldLabel: string,
  current: string,
  onInsert: (source: string) => void,
): { offer: (source: string, what: string) => void; confirmation: ReactNode } {
  const [pending, setPending] = useState<Replacement | null>(null);
  const offer = (source: string, what: string) =>
    current.trim() ? setPending({ source, what }) : onInsert(source);
  const confirmation = pending && (
    <ConfirmDialog
      title="Replace the diagram?"
      message={`${pending.what} replaces what is in ${fieldLabel} now. Undo in the editor (Ctrl+Z) brings it back.`}
      confirmLabel="Replace"
      onCancel={() => setPending(null)}
      onConfirm={() => {
        // Cleared too, for a dialog that stays mounted once closed.
        setPending(null);
        onInsert(pending.source);
      }}
    />
  );
  return { offer, confirmation };
}
