import { useId, useState, type ReactNode } from 'react';
import { gateReason } from '../document/checklist/review';
import { useDocuments } from '../documents/store';
import { useEditor } from '../editor/store';
import { useReview } from '../review/useReview';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/icons/Icon';
import { exportFileName } from './fileName';
import { useCloseDialog, useDialogOpen, useDialogs } from '../dialogs/store';
import './export.css';

/** The print view reads the document from storage: pending edits are written first. */
async function printView(docId: string): Promise<void> {
  const [{ openPrintView }, saved] = await Promise.all([
    import('../print/open'),
    useDocuments.getState().savePending(),
  ]);
  if (!saved)
    throw new Error('the latest edits could not be saved, so the print view would miss them');
  openPrintView(docId);
}

/**
 * Markdown, PDF and JSON. Markdown and PDF wait for the review checklist; the JSON backup
 * (and share links) never do: a backup must always be possible.
 */
export default function ExportDialog() {
  const open = useDialogOpen('export');
  const close = useCloseDialog('export');
  const show = useDialogs((s) => s.show);
  const doc = useEditor((s) => s.doc);
  const review = useReview();
  const [problem, setProblem] = useState('');
  const gateId = useId();
  if (!doc || !review) return null;
  const closed = gateReason(review);

  const run = async (action: () => Promise<void> | void) => {
    setProblem('');
    try {
      await action();
    } catch (error) {
      setProblem(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <Dialog title="Export" open={open} onClose={close}>
      {closed && (
        <div className="export__gate" id={gateId}>
          <p>
            <strong>Markdown and PDF export are closed.</strong> {closed}
          </p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              show('review');
            }}
          >
            Open the review checklist <Icon name="chevron" size={14} />
          </button>
        </div>
      )}
      <ul className="export__list">
        <ExportRow
          name="Export Markdown"
          description={`${exportFileName(doc, 'md')}: GitHub-flavoured Markdown with Mermaid diagrams, exactly as previewed.`}
          gate={closed ? gateId : undefined}
          onClick={() => void run(() => import('./files').then((m) => m.downloadMarkdown(doc)))}
        />
        <ExportRow
          name="Export PDF"
          description="A print view with a cover, contents, every section and vector diagrams, printed by your browser."
          gate={closed ? gateId : undefined}
          onClick={() => void run(() => printView(doc.id))}
        />
        <ExportRow
          name="Export JSON"
          description={`${exportFileName(doc, 'json')}: the whole document, to back up or import again. Always available.`}
          onClick={() => void run(() => import('./files').then((m) => m.downloadJson(doc)))}
        />
      </ul>
      {problem && (
        <p className="export__problem" role="alert">
          {problem}
        </p>
      )}
    </Dialog>
  );
}

function ExportRow({
  name,
  description,
  gate,
  onClick,
}: {
  name: string;
  description: ReactNode;
  /** Id of the text saying why the export is closed; the button is then aria-disabled. */
  gate?: string;
  onClick: () => void;
}) {
  const descriptionId = useId();
  return (
    <li className="export__row">
      <button
        type="button"
        className="button export__button"
        // aria-disabled rather than disabled: the button stays focusable, so a screen reader
        // reaches it and reads out why it is closed.
        aria-disabled={gate ? 'true' : undefined}
        aria-describedby={gate ? `${gate} ${descriptionId}` : descriptionId}
        onClick={gate ? undefined : onClick}
      >
        <Icon name="download" /> {name}
      </button>
      <span className="export__description" id={descriptionId}>
        {description}
      </span>
    </li>
  );
}
