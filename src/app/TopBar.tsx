import { useState } from 'react';
import { DocumentsDialog } from '../documents/DocumentsDialog';
import { useDocuments } from '../documents/store';
import { NewDocumentDialog } from '../documents/NewDocumentDialog';
import { SaveStatus } from '../editor/SaveStatus';
import { useEditor } from '../editor/store';
import { Icon } from '../ui/icons/Icon';
import './topbar.css';

type OpenDialog = 'none' | 'documents' | 'new';

export function TopBar() {
  const title = useEditor((s) => s.doc?.meta.title);
  const hasDoc = useEditor((s) => s.doc !== null);
  const setMeta = useEditor((s) => s.setMeta);
  const ready = useDocuments((s) => s.ready);
  const [dialog, setDialog] = useState<OpenDialog>('none');

  return (
    <header className="topbar">
      <div className="topbar__brand" aria-hidden="true">
        <span className="topbar__logo">A</span>
        <span className="topbar__name">Archbench</span>
      </div>
      <button
        type="button"
        className="button topbar__documents"
        disabled={!ready}
        onClick={() => setDialog('documents')}
      >
        <Icon name="menu" /> <span className="topbar__label">Documents</span>
      </button>
      {hasDoc && (
        <input
          className="topbar__title"
          aria-label="Document title"
          value={title ?? ''}
          placeholder="Untitled architecture"
          onChange={(e) => setMeta({ title: e.target.value })}
        />
      )}
      <div className="topbar__spacer" />
      {hasDoc && <SaveStatus />}
      <button type="button" className="button button--primary" onClick={() => setDialog('new')}>
        <Icon name="add" /> <span className="topbar__label">New document</span>
      </button>
      <DocumentsDialog
        open={dialog === 'documents'}
        onClose={() => setDialog('none')}
        onNew={() => setDialog('new')}
      />
      <NewDocumentDialog open={dialog === 'new'} onClose={() => setDialog('none')} />
    </header>
  );
}
