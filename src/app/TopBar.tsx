import { lazy } from 'react';
import { useDocuments } from '../documents/store';
import { SaveStatus } from '../workspace/SaveStatus';
import { useEditor } from '../editor/store';
import { UndoRedo } from '../workspace/UndoRedo';
import { ChecklistStatus } from '../review/ChecklistStatus';
import { InspectionsStatus } from '../inspections/InspectionsStatus';
import { MountWhenFirst } from '../ui/MountWhenFirst';
import { useDialogs } from '../dialogs/store';
import { Icon } from '../ui/icons/Icon';
import './topbar.css';

// Dialogs that are not needed to start: loaded the first time they open.
const ReviewDialog = lazy(() => import('../review/ReviewDialog'));
const InspectionsDialog = lazy(() => import('../inspections/InspectionsDialog'));
const ExportDialog = lazy(() => import('../export/ExportDialog'));
const ShareDialog = lazy(() => import('../share/ShareDialog'));
const ImportReportDialog = lazy(() => import('../documents/ImportReportDialog'));
const VersionsDialog = lazy(() => import('../versions/VersionsDialog'));
const DocumentsDialog = lazy(() => import('../documents/DocumentsDialog'));
const NewDocumentDialog = lazy(() => import('../documents/NewDocumentDialog'));

export function TopBar() {
  const title = useEditor((s) => s.doc?.meta.title);
  const hasDoc = useEditor((s) => s.doc !== null);
  const setMeta = useEditor((s) => s.setMeta);
  const ready = useDocuments((s) => s.ready);
  const dialog = useDialogs((s) => s.open);
  const show = useDialogs((s) => s.show);
  const close = useDialogs((s) => s.close);
  const importReport = useDocuments((s) => s.importReport !== null);
  const docId = useEditor((s) => s.doc?.id);

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
        onClick={() => show('documents')}
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
        <button type="button" className="button" onClick={() => show('versions')}>
          <Icon name="history" /> <span className="topbar__label">Versions</span>
        </button>
      )}
      {hasDoc && <InspectionsStatus />}
      {hasDoc && <ChecklistStatus />}
      {hasDoc && (
        <button type="button" className="button" onClick={() => show('share')}>
          <Icon name="share" /> <span className="topbar__label">Share link</span>
        </button>
      )}
      {hasDoc && (
        <button type="button" className="button" onClick={() => show('export')}>
          <Icon name="download" /> <span className="topbar__label">Export</span>
        </button>
      )}
      <button type="button" className="button button--primary" onClick={() => show('new')}>
        <Icon name="add" /> <span className="topbar__label">New document</span>
      </button>
      <MountWhenFirst when={dialog === 'documents'}>
        <DocumentsDialog
          open={dialog === 'documents'}
          onClose={() => close('documents')}
          onNew={() => show('new')}
        />
      </MountWhenFirst>
      <MountWhenFirst when={dialog === 'new'}>
        <NewDocumentDialog open={dialog === 'new'} onClose={() => close('new')} />
      </MountWhenFirst>
      {hasDoc && (
        <MountWhenFirst when={dialog === 'review'}>
          <ReviewDialog onExport={() => show('export')} />
        </MountWhenFirst>
      )}
      {hasDoc && (
        <MountWhenFirst when={dialog === 'inspections'}>
          <InspectionsDialog />
        </MountWhenFirst>
      )}
      {hasDoc && (
        <MountWhenFirst when={dialog === 'export'}>
          <ExportDialog />
        </MountWhenFirst>
      )}
      {hasDoc && (
        <MountWhenFirst when={dialog === 'share'}>
          <ShareDialog />
        </MountWhenFirst>
      )}
      {hasDoc && (
        <MountWhenFirst when={dialog === 'versions'}>
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
