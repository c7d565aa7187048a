import { useId, useState, type FormEvent } from 'react';
import { useDocumentCommands } from '../ui/commands';
import { Dialog } from '../ui/Dialog';
import { readMermaidLiveLink } from './mermaidLive';
import { useReplaceDiagram } from './useReplaceDiagram';
import './starter-dialog.css';

interface MermaidLiveImportDialogProps {
  open: boolean;
  fieldLabel: string;
  current: string;
  onInsert: (source: string) => void;
  onClose: () => void;
}

/**
 * "Import from Mermaid Live": the diagram inside a pasted link; replacing a diagram asks
 * first, as the starters do. Loaded on first use, with the link reader and fflate.
 */
export default function MermaidLiveImportDialog({
  open,
  fieldLabel,
  current,
  onInsert,
  onClose,
}: MermaidLiveImportDialogProps) {
  const { checkpoint } = useDocumentCommands();
  const { offer, confirmation } = useReplaceDiagram(fieldLabel, current, (source) => {
    // The document as it was, to compare with or go back to (Versions).
    void checkpoint(`Before importing into ${fieldLabel} from Mermaid Live`, 'import');
    onInsert(source);
  });
  const formId = useId();
  return (
    <>
      <Dialog
        title={`Import from Mermaid Live into ${fieldLabel}`}
        open={open}
        onClose={onClose}
        actions={
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" form={formId} className="button button--primary">
              Import
            </button>
          </>
        }
      >
        <LinkForm id={formId} onRead={(code) => offer(code, 'The diagram from Mermaid Live')} />
      </Dialog>
      {confirmation}
    </>
  );
}

/** Rendered only while the dialog is open, so each opening starts with an empty box. */
function LinkForm({ id, onRead }: { id: string; onRead: (code: string) => void }) {
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState('');
  const inputId = useId();
  const hintId = useId();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = readMermaidLiveLink(link);
    setProblem(result.ok ? '' : result.problem);
    if (result.ok) onRead(result.code);
  };

  return (
    <form id={id} onSubmit={submit}>
      <label className="field__label" htmlFor={inputId}>
        Mermaid Live link
      </label>
      <input
        id={inputId}
        className="input starters__link"
        value={link}
        placeholder="https://mermaid.live/edit#pako:…"
        spellCheck={false}
        autoComplete="off"
        // showModal() focuses the element that has the autofocus attribute. React's autoFocus
        // sets no attribute: it calls focus() while the dialog is still closed.
        ref={(input) => input?.setAttribute('autofocus', '')}
        aria-describedby={hintId}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => {
          setLink(e.target.value);
          setProblem('');
        }}
      />
      <p className="field__hint starters__hint" id={hintId}>
        The diagram travels inside the link: nothing is fetched from Mermaid Live. mermaid.ink image
        links work too.
      </p>
      {problem && (
        <p className="starters__problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
