import { useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/icons/Icon';
import { ImportButton } from './ImportButton';
import { useDocuments, type NewDocumentKind } from './store';
import { sections } from '../document/registry';
import './documents.css';

const choices: { kind: NewDocumentKind; name: string; description: string }[] = [
  {
    kind: 'empty',
    name: 'Empty document',
    description: `All ${sections.length} sections of the template, ready to fill in.`,
  },
  {
    kind: 'example',
    name: 'Worked example',
    description: 'ShopStream, the template’s example system, with every section written out.',
  },
];

export default function NewDocumentDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}) {
  const createDocument = useDocuments((s) => s.createDocument);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);

  const create = async (kind: NewDocumentKind) => {
    setBusy(true);
    try {
      await createDocument(kind, title.trim());
      setTitle('');
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="New document" open={open} onClose={onClose}>
      <label className="field__label" htmlFor="new-document-title">
        Title <span className="field__hint">optional</span>
      </label>
      <input
        id="new-document-title"
        className="input"
        value={title}
        placeholder="e.g. Payments Platform Architecture"
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="new-document__choices" role="group" aria-label="Start from">
        {choices.map((c) => (
          <button
            key={c.kind}
            type="button"
            className="choice"
            disabled={busy}
            onClick={() => void create(c.kind)}
            aria-describedby={`choice-${c.kind}`}
          >
            <Icon name="doc" size={22} />
            <span className="choice__name">{c.name}</span>
            <span className="choice__description" id={`choice-${c.kind}`}>
              {c.description}
            </span>
          </button>
        ))}
      </div>
      <div className="new-document__import">
        <ImportButton onImported={onClose} />
      </div>
    </Dialog>
  );
}
