import { useEffect, useId, useState } from 'react';
import type { ArchDocument } from '../document/schema';
import { formatUpdated } from '../documents/formatUpdated';
import { useEditor } from '../editor/store';
import type { VersionReason } from '../storage/db';
import type { VersionSummary } from '../storage/repository';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/icons/Icon';
import { DiffView } from './DiffView';
import { restoreVersion } from './restore';
import { useCloseDialog, useDialogOpen } from '../dialogs/store';
import { deleteVersion, listVersions, loadVersion, saveVersion, useVersions } from './store';
import './versions.css';

const REASONS: Record<VersionReason, string> = {
  manual: 'by hand',
  import: 'on import',
  restore: 'before a restore',
  approval: 'at approval',
  conflict: 'from another tab',
};

/** The value of the compare selects that stands for the document as it is now. */
const CURRENT = 'current';

/** A document's versions, read again whenever one is saved; null until read. */
function useVersionList(docId: string | undefined): VersionSummary[] | null {
  const changed = useVersions((s) => s.changed);
  const [read, setRead] = useState<{ docId: string; list: VersionSummary[] } | null>(null);
  useEffect(() => {
    if (!docId) return;
    let current = true;
    void listVersions(docId).then((list) => current && setRead({ docId, list }));
    return () => {
      current = false;
    };
  }, [docId, changed]);
  // Another document's list is never shown, not even for the moment after a switch.
  return read && read.docId === docId ? read.list : null;
}

/** Named versions: save one, restore one, delete one, compare any two. */
export default function VersionsDialog() {
  const open = useDialogOpen('versions');
  const close = useCloseDialog('versions');
  const doc = useEditor((s) => s.doc);
  const versions = useVersionList(doc?.id);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [deleting, setDeleting] = useState<VersionSummary | null>(null);
  const [compare, setCompare] = useState<{ from: string; to: string } | null>(null);
  const nameId = useId();

  const save = async () => {
    const chosen = name.trim() || `Version of ${new Date().toLocaleString()}`;
    if (await saveVersion(chosen, 'manual')) {
      setName('');
      setMessage(`Saved the version “${chosen}”.`);
    }
  };

  return (
    <Dialog title="Versions" open={open} onClose={close} size="full">
      <form
        className="versions__save"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field" htmlFor={nameId}>
          <span className="field__label">Version name</span>
        </label>
        <input
          id={nameId}
          className="input"
          value={name}
          placeholder="e.g. Sent for review"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button--primary">
          Save version
        </button>
      </form>
      <p className="versions__message" role="status">
        {message}
      </p>
      {versions && versions.length === 0 && (
        <p className="versions__empty">
          No saved versions yet. Versions are also saved on their own before an import into this
          document, before a restore and when it is approved.
        </p>
      )}
      {versions && versions.length > 0 && (
        <ul className="versions" aria-label="Saved versions">
          {versions.map((v) => (
            <li key={v.id} className="versions__row">
              <span className="versions__name">{v.name}</span>
              <span className="versions__meta">
                {formatUpdated(v.created, 'Saved')} · {REASONS[v.reason]}
              </span>
              <span className="versions__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Compare “${v.name}” with the current document`}
                  onClick={() => setCompare({ from: v.id, to: CURRENT })}
                >
                  Compare
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Restore “${v.name}”`}
                  onClick={() => void restoreVersion(v.id, v.name).then(setMessage)}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={`Delete “${v.name}”`}
                  title="Delete"
                  onClick={() => setDeleting(v)}
                >
                  <Icon name="trash" />
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {versions && versions.length > 0 && (
        <Compare versions={versions} value={compare} onChange={setCompare} />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this version?"
          message={`The version “${deleting.name}” will be deleted. The document itself does not change.`}
          confirmLabel="Delete version"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void deleteVersion(id);
          }}
        />
      )}
    </Dialog>
  );
}

/** Reads a version, or the open document for CURRENT. */
function useVersionDocument(id: string | undefined): ArchDocument | null | 'unreadable' {
  const open = useEditor((s) => s.doc);
  const [loaded, setLoaded] = useState<{ id: string; doc: ArchDocument | 'unreadable' } | null>(
    null,
  );
  useEffect(() => {
    if (!id || id === CURRENT) return;
    let current = true;
    void loadVersion(id).then(
      (r) => current && setLoaded({ id, doc: r?.ok ? r.document : 'unreadable' }),
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (id === CURRENT) return open;
  return loaded && loaded.id === id ? loaded.doc : null;
}

function Compare({
  versions,
  value,
  onChange,
}: {
  versions: VersionSummary[];
  value: { from: string; to: string } | null;
  onChange: (value: { from: string; to: string }) => void;
}) {
  const from = value?.from ?? versions[0]?.id ?? CURRENT;
  const to = value?.to ?? CURRENT;
  const older = useVersionDocument(from);
  const newer = useVersionDocument(to);
  const options = (
    <>
      <option value={CURRENT}>Current document</option>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name} ({formatUpdated(v.created, 'saved')})
        </option>
      ))}
    </>
  );
  return (
    <section className="versions__compare" aria-label="Compare versions">
      <h3>Compare versions</h3>
      <div className="versions__pickers">
        <label className="field">
          <span className="field__label">Compare</span>
          <select
            className="input"
            value={from}
            onChange={(e) => onChange({ from: e.target.value, to })}
          >
            {options}
          </select>
        </label>
        <label className="field">
          <span className="field__label">with</span>
          <select
            className="input"
            value={to}
            onChange={(e) => onChange({ from, to: e.target.value })}
          >
            {options}
          </select>
        </label>
      </div>
      {(older === 'unreadable' || newer === 'unreadable') && (
        <p role="alert">That version cannot be read.</p>
      )}
      {older && newer && older !== 'unreadable' && newer !== 'unreadable' && (
        <DiffView older={older} newer={newer} />
      )}
    </section>
  );
}
