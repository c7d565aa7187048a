import { useSaveStatus, type SaveState } from '../storage/saveStatus';

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

/** A failed write, said in full: what happened and that the text is still here. */
export function SaveAlert() {
  const { state, message } = useSaveStatus();
  if (state !== 'error' && state !== 'memory') return null;
  return (
    <div role="alert" className={`banner ${state === 'error' ? 'banner--error' : 'banner--info'}`}>
      {message}
    </div>
  );
}
