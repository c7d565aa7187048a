import { duplicateDocument } from '../document/create';
import { ReadOnlyDocument } from '../preview/ReadOnlyDocument';
import { useDocuments } from './store';

/**
 * A stored document this version can show but must not edit (written by a newer Archbench):
 * editing it here would drop what this version does not know, so it is shown read-only.
 */
export default function ReadOnlyScreen() {
  const readOnly = useDocuments((s) => s.readOnly);
  if (!readOnly) return null;
  const { id, document: doc, message } = readOnly;

  const close = () => {
    const { summaries, openDocument, closeReadOnly } = useDocuments.getState();
    closeReadOnly();
    const next = summaries.find((s) => s.id !== id);
    if (next) void openDocument(next.id);
  };
  const saveCopy = () =>
    useDocuments.getState().importDocument(duplicateDocument(doc, new Date().toISOString()));

  return (
    <ReadOnlyDocument
      doc={doc}
      label="Read-only document"
      heading={`Read-only: ${doc.meta.title || 'Untitled'}`}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
          <button type="button" className="button" onClick={() => void saveCopy()}>
            Save a copy
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
        </>
      }
    >
      <p role="note">
        {message} It is shown read-only, so that nothing in it is changed or lost. Reload to use the
        newer version; or save a copy to edit here, which leaves out what this version does not
        know.
      </p>
    </ReadOnlyDocument>
  );
}
