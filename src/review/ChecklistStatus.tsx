import { Icon } from '../ui/icons/Icon';
import { useReviewDialog } from './store';
import { useReview } from './useReview';

/** The checklist's state in the top bar: "7/10", green when complete; opens the checklist. */
export function ChecklistStatus() {
  const review = useReview();
  const show = useReviewDialog((s) => s.show);
  if (!review) return null;
  return (
    <button
      type="button"
      className={`button checklist-status${review.complete ? ' checklist-status--complete' : ''}`}
      aria-label={`Review checklist: ${review.passed} of ${review.total} pass`}
      onClick={show}
    >
      <Icon name="checklist" />
      <span aria-hidden="true">
        {review.passed}/{review.total}
      </span>
    </button>
  );
}
