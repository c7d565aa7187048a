import { useId } from 'react';
import type { ReviewItem } from '../core/checklist/types';
import { useEditor } from '../editor/store';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/icons/Icon';
import { ApprovalFields } from './ApprovalFields';
import { fixDestination, fixLabel } from './fix';
import { useCloseDialog, useDialogOpen } from '../dialogs/store';
import { useReview } from './useReview';
import './review.css';

export const APPROVER_ID = 'review-approver';

/** The review checklist: ten items with their evidence, links to fixes, and the approval. */
export default function ReviewDialog({ onExport }: { onExport: () => void }) {
  const open = useDialogOpen('review');
  const close = useCloseDialog('review');
  const review = useReview();
  if (!review) return null;

  return (
    <Dialog
      title="Review checklist"
      open={open}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              close();
              onExport();
            }}
          >
            Export…
          </button>
        </>
      }
    >
      <p className="review__summary" role="status">
        <strong>
          {review.passed} of {review.total} pass.
        </strong>{' '}
        {review.complete
          ? 'Every item passes: Markdown and PDF export are open.'
          : 'Export Markdown and Export PDF open when every item passes; JSON backup and share links are always open.'}
      </p>
      <progress className="review__progress" max={review.total} value={review.passed} aria-hidden />
      <ul className="review__items">
        {review.items.map((item) => (
          <ReviewEntry key={item.id} item={item} />
        ))}
      </ul>
      <ApprovalFields approverId={APPROVER_ID} />
    </Dialog>
  );
}

function ReviewEntry({ item }: { item: ReviewItem }) {
  const titleId = useId();
  const openField = useEditor((s) => s.openField);
  const close = useCloseDialog('review');
  const fix = item.fix;

  const goToFix = () => {
    if (!fix) return;
    const destination = fixDestination(fix);
    if (!destination) {
      document.getElementById(APPROVER_ID)?.focus();
      return;
    }
    close();
    openField(destination.panel, destination.anchor);
  };

  return (
    <li className={`review__item review__item--${item.pass ? 'pass' : 'fail'}`}>
      <span className="review__icon" aria-hidden="true">
        <Icon name={item.pass ? 'check' : 'alert'} />
      </span>
      <div className="review__text">
        <span className="review__title" id={titleId}>
          <span className="visually-hidden">{item.pass ? 'Passes: ' : 'Fails: '}</span>
          {item.title}
        </span>
        <span className="review__reason">{item.reason}</span>
        {fix && (
          <button
            type="button"
            className="link-button review__fix"
            aria-describedby={titleId}
            onClick={goToFix}
          >
            {fixLabel(fix)}
            <Icon name="chevron" size={14} />
          </button>
        )}
      </div>
    </li>
  );
}
