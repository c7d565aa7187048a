import { Icon } from '../ui/icons/Icon';
import { useDialogs } from '../dialogs/store';
import { useReview } from './useReview';

/**
 * The checklist's state in the top bar: "7/10", green when complete; opens the checklist. Its
 * name contains the "7/10" it shows (WCAG 2.5.3, Label in Name): speech-input users say what
 * they see.
 */
export function ChecklistStatus() {
  const review = useReview();
  const show = useDialogs((s) => s.show);
  if (!review) return null;
  return (
    <button
      type="button"
      className={`button checklist-status${review.complete ? ' checklist-status--complete' : ''}`}
      onClick={() => show('review')}
    >
      <Icon name="checklist" />
      <span className="visually-hidden">Review checklist: </span>
      <span>
        {review.passed}/{review.total}
      </span>
      <span className="visually-hidden"> pass</span>
    </button>
  );
}
