import { Dialog } from '../ui/Dialog';
import { DocumentList } from './DocumentList';
import { StorageUsageNote } from './StorageUsageNote';
import { TrashList } from './TrashList';

export default function DocumentsDialog({
  open,
  onClose,
  onNew,
}: {
  open: boolean;
  onClose: () => void;
  onNew: () => void;
}) {
  return (
    <Dialog
      title="Documents"
      open={open}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onNew}>
          New document
        </button>
      }
    >
      <DocumentList onOpened={onClose} />
      <TrashList />
      <StorageUsageNote />
    </Dialog>
  );
}
