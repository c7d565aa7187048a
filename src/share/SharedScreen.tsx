import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ArchDocument } from '../document/schema';
import { newId } from '../core/ids';
import { decodeShare, needsPassphrase } from '../document/share/codec';
import { useDocuments } from '../documents/store';
import { ReadOnlyDocument } from '../preview/ReadOnlyDocument';
import { useShare } from './store';
import './share.css';

type View =
  | { state: 'opening' }
  | { state: 'passphrase'; problem: string }
  | { state: 'failed'; message: string }
  | { state: 'open'; document: ArchDocument; newer?: string | undefined };

/**
 * A document from a share link: shown read-only, stored nowhere until "Save a copy" makes
 * it a new local document. Nothing local is opened, changed or overwritten on the way.
 */
export default function SharedScreen({ token }: { token: string }) {
  const [view, setView] = useState<View>(() =>
    needsPassphrase(token) ? { state: 'passphrase', problem: '' } : { state: 'opening' },
  );

  useEffect(() => {
    if (view.state !== 'opening') return;
    let current = true;
    void decodeShare(token).then((decoded) => {
      if (!current) return;
      setView(
        decoded.ok
          ? { state: 'open', document: decoded.document, newer: decoded.newer }
          : { state: 'failed', message: decoded.message },
      );
    });
    return () => {
      current = false;
    };
  }, [token, view.state]);

  if (view.state === 'open') return <SharedDocument doc={view.document} newer={view.newer} />;
  return (
    <main className="shared">
      <div className="shared__card">
        {view.state === 'opening' && <p role="status">Opening the shared document…</p>}
        {view.state === 'passphrase' && (
          <PassphraseForm
            token={token}
            problem={view.problem}
            onOpened={(document, newer) => setView({ state: 'open', document, newer })}
            onProblem={(problem) => setView({ state: 'passphrase', problem })}
          />
        )}
        {view.state === 'failed' && <Failure message={view.message} />}
      </div>
    </main>
  );
}

/** Leaves the link for the most recent local document (or the start screen). */
function useBackToDocuments(): () => void {
  const leave = useShare((s) => s.leave);
  return () => {
    leave();
    const { summaries, openDocument } = useDocuments.getState();
    if (summaries[0]) void openDocument(summaries[0].id);
  };
}

function Failure({ message }: { message: string }) {
  const leave = useBackToDocuments();
  return (
    <>
      <h1>This shared document cannot be opened</h1>
      <p role="alert">{message}</p>
      <p className="field__hint">Nothing on this device was changed.</p>
      <div className="shared__actions">
        <button type="button" className="button button--primary" onClick={leave}>
          Back to my documents
        </button>
      </div>
    </>
  );
}

function PassphraseForm({
  token,
  problem,
  onOpened,
  onProblem,
}: {
  token: string;
  problem: string;
  onOpened: (doc: ArchDocument, newer?: string) => void;
  onProblem: (message: string) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const leave = useBackToDocuments();
  const problemId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const decoded = await decodeShare(token, passphrase);
    setBusy(false);
    if (decoded.ok) onOpened(decoded.document, decoded.newer);
    else onProblem(decoded.message);
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <h1>This shared document is protected</h1>
      <p>Enter the passphrase you were given with the link.</p>
      <label className="field">
        <span className="field__label">Passphrase</span>
        <input
          className="input"
          type="password"
          autoFocus
          value={passphrase}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      {problem && (
        <p id={problemId} role="alert" className="import__problem">
          {problem}
        </p>
      )}
      <div className="shared__actions">
        <button type="submit" className="button button--primary" disabled={busy || !passphrase}>
          {busy ? 'Opening…' : 'Open'}
        </button>
        <button type="button" className="button" onClick={leave}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function SharedDocument({ doc, newer }: { doc: ArchDocument; newer?: string | undefined }) {
  const importDocument = useDocuments((s) => s.importDocument);
  const leave = useShare((s) => s.leave);
  const close = useBackToDocuments();

  const saveCopy = async () => {
    await importDocument({ ...structuredClone(doc), id: newId() });
    leave();
  };

  return (
    <ReadOnlyDocument
      doc={doc}
      label="Shared document"
      heading={`Shared document, read-only: ${doc.meta.title || 'Untitled'}`}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
          <button type="button" className="button button--primary" onClick={() => void saveCopy()}>
            Save a copy
          </button>
        </>
      }
    >
      <p>Opening this link stored and changed nothing on this device. Save a copy to edit it.</p>
      {newer && (
        <p role="note">
          {newer} What this version does not know is not shown, and a copy saved here leaves it out.
        </p>
      )}
    </ReadOnlyDocument>
  );
}
