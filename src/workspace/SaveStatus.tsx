import { useDialogs } from '../dialogs/store';
import { useSaveStatus, type SaveState } from '../storage/saveStatus';
import { useEditor } from '../editor/store';

const TEXT: Record<SaveState, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  error: 'Not saved',
  memory: 'Not stored',
};

/** "Saved" / "Saving…" in the top bar, as a polite live region. */
export function SaveStatus() {
  const state = useSaveStatus((s) => s.state);
  const text = TEXT[state];
  return (
    <p role="status" className={`save-status save-status--${state}`}>
      <span className="save-status__dot" aria-hidden="true" />
      <span className="save-status__text">{text}</span>
    </p>
  );
}

/**
 * A failed write (or no storage at all), said in full: what happened, that the text is still
 * here, and the way to keep it regardless: the JSON file.
 */
export function SaveAlert() {
  const { state, message } = useSaveStatus();
  const hasDoc = useEditor((s) => s.doc !== null);
  const show = useDialogs((s) => s.show);
  if (state !== 'error' && state !== 'memory') return null;
  return (
    <div
      role="alert"
      className={`banner save-alert ${state === 'error' ? 'banner--error' : 'banner--info'}`}
    >
      <span>{message}</span>
      {hasDoc && (
        <button type="button" className="button" onClick={() => show('export')}>
          Export JSON…
        </button>
      )}
    </div>
  );
}
