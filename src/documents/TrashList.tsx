import { useState } from 'react';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { TRASH_DAYS } from '../storage/repository';
import { formatUpdated } from './formatUpdated';
import { useDocuments } from './store';

const DAY = 24 * 3600 * 1000;

/** Days left before a document deleted at `deleted` is removed for good. */
function daysLeft(deleted: string, now = Date.now()): number {
  return Math.max(0, Math.ceil((Date.parse(deleted) + TRASH_DAYS * DAY - now) / DAY));
}

/** Deleted documents: restore one, delete one for good, or empty the trash (asked first). */
export function TrashList() {
  const trash = useDocuments((s) => s.trash);
  const { restoreFromTrash, purgeTrash } = useDocuments.getState();
  const [emptying, setEmptying] = useState(false);
  if (trash.length === 0) return null;
  return (
    <details className="trash">
      <summary>Trash ({trash.length})</summary>
      <p className="trash__note">
        Deleted documents stay here for {TRASH_DAYS} days, then are deleted for good.
      </p>
      <ul className="documents" aria-label="Trash">
        {trash.map((item) => {
          const title = item.title || 'Untitled';
          const left = daysLeft(item.deleted);
          return (
            <li key={item.id} className="documents__row">
              <span className="documents__open">
                <span className="documents__title">{title}</span>
                <span className="documents__meta">
                  {formatUpdated(item.deleted, 'Deleted')} · {left} {left === 1 ? 'day' : 'days'}{' '}
                  left
                </span>
              </span>
              <div className="documents__actions">
                <button
                  type="button"
                  className="button"
                  aria-label={`Restore ${title}`}
                  onClick={() => void restoreFromTrash(item.id)}
                >
                  Restore
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button--danger" onClick={() => setEmptying(true)}>
        Empty trash
      </button>
      {emptying && (
        <ConfirmDialog
          title="Empty the trash?"
          message={`${trash.length === 1 ? 'The document' : `All ${trash.length} documents`} in the trash will be deleted for good, with their saved versions. This cannot be undone.`}
          confirmLabel="Delete for good"
          onCancel={() => setEmptying(false)}
          onConfirm={() => {
            setEmptying(false);
            void purgeTrash();
          }}
        />
      )}
    </details>
  );
}
