import { useSaveStatus } from '../storage/saveStatus';

/** "Saved" / "Saving…" in the top bar, as a polite live region. */
export function SaveStatus() {
  const state = useSaveStatus((s) => s.state);
  const text = state === 'saved' ? 'Saved' : state === 'saving' ? 'Saving…' : 'Not saved';
  return (
    <p role="status" className={`save-status save-status--${state}`}>
      <span className="save-status__dot" aria-hidden="true" />
      <span className="save-status__text">{text}</span>
    </p>
  );
}

/** A failed write, said in full: what happened and that the text is still here. */
export function SaveAlert() {
  const { state, message } = useSaveStatus();
  if (state !== 'error') return null;
  return (
    <div role="alert" className="banner banner--error">
      {message}
    </div>
  );
}
