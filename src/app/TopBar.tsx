import { lazy, useState } from 'react';
import { useDocuments } from '../documents/store';
import { SaveStatus } from '../workspace/SaveStatus';
import { useEditor } from '../editor/store';
import { UndoRedo } from '../workspace/UndoRedo';
import { useExportDialog } from '../export/store';
import { ChecklistStatus } from '../review/ChecklistStatus';
import { useReviewDialog } from '../review/store';
import { useShare } from '../share/store';
import { MountWhenFirst } from '../ui/MountWhenFirst';
import { useVersions } from '../versions/store';
import { Icon } from '../ui/icons/Icon';
import './topbar.css';

// Dialogs that are not needed to start: loaded the first time they open.
const ReviewDialog = lazy(() => import('../review/ReviewDialog'));
const ExportDialog = lazy(() => import('../export/ExportDialog'));
const ShareDialog = lazy(() => import('../share/ShareDialog'));
const ImportReportDialog = lazy(() => import('../documents/ImportReportDialog'));
const VersionsDialog = lazy(() => import('../versions/VersionsDialog'));
const DocumentsDialog = lazy(() => import('../documents/DocumentsDialog'));
const NewDocumentDialog = lazy(() => import('../documents/NewDocumentDialog'));

type OpenDialog = 'none' | 'documents' | 'new';

export function TopBar() {
  const title = useEditor((s) => s.doc?.meta.title);
  const hasDoc = useEditor((s) => s.doc !== null);
  const setMeta = useEditor((s) => s.setMeta);
  const ready = useDocuments((s) => s.ready);
  const [dialog, setDialog] = useState<OpenDialog>('none');
  const showExport = useExportDialog((s) => s.show);
  const exportOpen = useExportDialog((s) => s.open);
  const reviewOpen = useReviewDialog((s) => s.open);
  const shareOpen = useShare((s) => s.dialogOpen);
  const showShare = useShare((s) => s.showDialog);
  const importReport = useDocuments((s) => s.importReport !== null);
  const versionsOpen = useVersions((s) => s.open);
  const docId = useEditor((s) => s.doc?.id);
  const showVersions = useVersions((s) => s.show);

  return (
    <header className={hasDoc ? 'topbar topbar--document' : 'topbar'}>
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
          id="field-details-title"
          aria-label="Document title"
          value={title ?? ''}
          placeholder="Untitled architecture"
          onChange={(e) => setMeta({ title: e.target.value })}
        />
      )}
      <div className="topbar__spacer" />
      {hasDoc && <SaveStatus />}
      {hasDoc && <UndoRedo />}
      {hasDoc && (
        <button type="button" className="button" onClick={showVersions}>
          <Icon name="history" /> <span className="topbar__label">Versions</span>
        </button>
      )}
      {hasDoc && <ChecklistStatus />}
      {hasDoc && (
        <button type="button" className="button" onClick={showShare}>
          <Icon name="share" /> <span className="topbar__label">Share link</span>
        </button>
      )}
      {hasDoc && (
        <button type="button" className="button" onClick={showExport}>
          <Icon name="download" /> <span className="topbar__label">Export</span>
        </button>
      )}
      <button type="button" className="button button--primary" onClick={() => setDialog('new')}>
        <Icon name="add" /> <span className="topbar__label">New document</span>
      </button>
      <MountWhenFirst when={dialog === 'documents'}>
        <DocumentsDialog
          open={dialog === 'documents'}
          onClose={() => setDialog('none')}
          onNew={() => setDialog('new')}
        />
      </MountWhenFirst>
      <MountWhenFirst when={dialog === 'new'}>
        <NewDocumentDialog open={dialog === 'new'} onClose={() => setDialog('none')} />
      </MountWhenFirst>
      {hasDoc && (
        <MountWhenFirst when={reviewOpen}>
          <ReviewDialog onExport={showExport} />
        </MountWhenFirst>
      )}
      {hasDoc && (
        <MountWhenFirst when={exportOpen}>
          <ExportDialog />
        </MountWhenFirst>
      )}
      {hasDoc && (
        <MountWhenFirst when={shareOpen}>
          <ShareDialog />
        </MountWhenFirst>
      )}
      {hasDoc && (
        <MountWhenFirst when={versionsOpen}>
          {/* One per document: what it shows and compares never carries over to another. */}
          <VersionsDialog key={docId} />
        </MountWhenFirst>
      )}
      <MountWhenFirst when={importReport}>
        <ImportReportDialog />
      </MountWhenFirst>
    </header>
  );
}
