import { useEditor } from '../editor/store';

/** Names the approval versions already saved in this session, so that one is saved once. */
const approvalsSaved = new Set<string>();

/** A version of the document as approved, once approver and date are both in. */
function keepApprovedVersion() {
  const doc = useEditor.getState().doc;
  const { approver, date } = doc?.meta.approval ?? { approver: '', date: '' };
  if (!doc || !approver.trim() || !date) return;
  const name = `Approved by ${approver.trim()} on ${date}`;
  const key = `${doc.id} ${name}`;
  if (approvalsSaved.has(key)) return;
  approvalsSaved.add(key);
  void useEditor.getState().checkpoint(name, 'approval', doc);
}

/** Approver and date, entered by hand; a later change to the document clears them. */
export function ApprovalFields({ approverId }: { approverId: string }) {
  const approval = useEditor((s) => s.doc?.meta.approval);
  const setApproval = useEditor((s) => s.setApproval);
  if (!approval) return null;
  return (
    // Leaving either field (focus moving out of the group) is when an approval is entered.
    <fieldset className="review__approval" onBlur={keepApprovedVersion}>
      <legend>Stakeholder approval</legend>
      <p className="field__hint">
        Entered by the person who approves this version. Any later change to the document clears it.
      </p>
      <div className="review__approval-grid">
        <label className="field">
          <span className="field__label">Approver</span>
          <input
            id={approverId}
            className="input"
            value={approval.approver}
            placeholder="Name and role"
            autoComplete="name"
            onChange={(e) => setApproval({ approver: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field__label">Approval date</span>
          <input
            type="date"
            className="input"
            value={approval.date}
            onChange={(e) => setApproval({ date: e.target.value })}
          />
        </label>
      </div>
    </fieldset>
  );
}
