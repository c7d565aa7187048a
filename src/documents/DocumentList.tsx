import { useState } from 'react';
import { useEditor } from '../editor/store';
import { Icon } from '../ui/icons/Icon';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatUpdated } from './formatUpdated';
import { useDocuments } from './store';
import { TRASH_DAYS, type DocumentSummary } from '../storage/repository';

/** The stored documents with open, rename, duplicate and delete. */
export function DocumentList({ onOpened }: { onOpened?: () => void }) {
  const summaries = useDocuments((s) => s.summaries);
  const openDoc = useEditor((s) => s.doc);
  const [deleting, setDeleting] = useState<DocumentSummary | null>(null);
  const deleteDocument = useDocuments((s) => s.deleteDocument);

  // The open document's title and status are read live, not from the stored index.
  const rows = summaries.map((s) =>
    openDoc?.id === s.id
      ? {
          ...s,
          title: openDoc.meta.title,
          status: openDoc.meta.status,
          updated: openDoc.meta.updated,
        }
      : s,
  );

  if (rows.length === 0) return <p className="documents__empty">No documents yet.</p>;
  return (
    <>
      <ul className="documents" aria-label="Documents">
        {rows.map((summary) => (
          <DocumentRow
            key={summary.id}
            summary={summary}
            isOpen={openDoc?.id === summary.id}
            onOpened={onOpened}
            onDelete={() => setDeleting(summary)}
          />
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title="Move to trash?"
          message={`“${deleting.title || 'Untitled'}” will be moved to the trash. You can restore it from there for ${TRASH_DAYS} days; after that it is deleted for good.`}
          confirmLabel="Move to trash"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void deleteDocument(id);
          }}
        />
      )}
    </>
  );
}

interface DocumentRowProps {
  summary: DocumentSummary;
  isOpen: boolean;
  onOpened: (() => void) | undefined;
  onDelete: () => void;
}

function DocumentRow({ summary, isOpen, onOpened, onDelete }: DocumentRowProps) {
  const { openDocument, duplicateDocument, renameDocument } = useDocuments.getState();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(summary.title);
  const title = summary.title || 'Untitled';

  const submitRename = () => {
    setRenaming(false);
    if (draft.trim() && draft !== summary.title) void renameDocument(summary.id, draft.trim());
  };

  return (
    <li className={isOpen ? 'documents__row documents__row--open' : 'documents__row'}>
      {renaming ? (
        <form
          className="documents__rename"
          onSubmit={(e) => {
            e.preventDefault();
            submitRename();
          }}
        >
          <input
            className="input"
            aria-label={`New title for ${title}`}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              // Escape cancels the rename, not the dialog around it.
              if (e.key !== 'Escape') return;
              e.preventDefault();
              e.stopPropagation();
              setRenaming(false);
            }}
          />
          <button type="submit" className="button button--primary">
            Save
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="documents__open"
          aria-current={isOpen ? 'true' : undefined}
          onClick={() => void openDocument(summary.id).then((ok) => ok && onOpened?.())}
        >
          <span className="documents__title">{title}</span>
          <span className="documents__meta">
            {summary.status} · {formatUpdated(summary.updated)}
            {isOpen && ' · open'}
          </span>
        </button>
      )}
      <div className="documents__actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Rename ${title}`}
          title="Rename"
          onClick={() => {
            setDraft(summary.title);
            setRenaming(true);
          }}
        >
          <Icon name="edit" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Duplicate ${title}`}
          title="Duplicate"
          onClick={() => void duplicateDocument(summary.id)}
        >
          <Icon name="copy" />
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Delete ${title}`}
          title="Delete"
          onClick={onDelete}
        >
          <Icon name="trash" />
        </button>
      </div>
    </li>
  );
}
