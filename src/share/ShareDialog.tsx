import { useEffect, useId, useState } from 'react';
import { encodeShare, LONG_LINK } from '../document/share/codec';
import { useEditor } from '../editor/store';
import { useCloseDialog, useDialogOpen, useDialogs } from '../dialogs/store';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/icons/Icon';
import { shareUrl } from './store';
import './share.css';

const PAUSE_MS = 300;

/**
 * The whole document in a link: the fragment after "#" never leaves the browser, so the link
 * works without a server. With a passphrase, the content is encrypted here first.
 */
export default function ShareDialog() {
  const open = useDialogOpen('share');
  const close = useCloseDialog('share');
  const doc = useEditor((s) => s.doc);
  const show = useDialogs((s) => s.show);
  const [passphrase, setPassphrase] = useState('');
  const [link, setLink] = useState<{ url: string; protected: boolean } | null>(null);
  const [copied, setCopied] = useState(false);
  const lengthId = useId();

  useEffect(() => {
    if (!open || !doc) return;
    let current = true;
    // Encrypting derives a key (deliberately slow): wait for typing in the passphrase to pause.
    const timer = setTimeout(
      () =>
        void encodeShare(doc, passphrase || undefined).then((token) => {
          if (!current) return;
          setLink({ url: shareUrl(token), protected: passphrase !== '' });
          setCopied(false);
        }),
      passphrase ? PAUSE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, doc, passphrase]);

  const [copyProblem, setCopyProblem] = useState('');
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
      setCopyProblem('');
    } catch {
      // Some browsers refuse the clipboard to pages without permission: select the link so a
      // keyboard shortcut copies it.
      document.querySelector<HTMLTextAreaElement>('.share__url')?.select();
      setCopyProblem(
        'This browser did not allow copying: the link is selected, press Ctrl+C (⌘C).',
      );
    }
  };
  const long = link !== null && link.url.length > LONG_LINK;

  return (
    <Dialog title="Share link" open={open} onClose={close}>
      <p className="share__lead">
        The link carries the whole document. It is never sent to a server: everything after the “#”
        stays in the browser of whoever opens it, who sees the document read-only and can save a
        copy.
      </p>
      <label className="field">
        <span className="field__label">
          Passphrase <span className="field__hint">optional: encrypts the link’s content</span>
        </span>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Share link URL</span>
        <textarea
          className="input share__url"
          readOnly
          rows={3}
          value={link?.url ?? ''}
          placeholder="Making the link…"
          aria-describedby={lengthId}
          onFocus={(e) => e.target.select()}
        />
      </label>
      <div className="share__row">
        <span id={lengthId} className="share__length">
          {link ? `${link.url.length.toLocaleString('en-US')} characters` : ''}
          {link?.protected ? ' · protected by the passphrase' : ''}
        </span>
        <button
          type="button"
          className="button button--primary"
          disabled={!link}
          onClick={() => void copy()}
        >
          <Icon name={copied ? 'check' : 'copy'} /> {copied ? 'Copied' : 'Copy link'}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {copied ? 'The link is copied.' : ''}
      </p>
      {copyProblem && (
        <p className="share__problem" role="alert">
          {copyProblem}
        </p>
      )}
      {long && (
        <div className="share__warning" role="note">
          <p>
            This link is longer than {LONG_LINK.toLocaleString('en-US')} characters: some mail and
            chat tools cut long links, and a cut link does not open. For a document this size, send
            the JSON file instead.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              show('export');
            }}
          >
            Export JSON instead
          </button>
        </div>
      )}
    </Dialog>
  );
}
