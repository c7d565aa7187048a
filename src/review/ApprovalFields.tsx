import { useEditor } from '../editor/store';

/** Approver and date, entered by hand; a later change to the document clears them. */
export function ApprovalFields({ approverId }: { approverId: string }) {
  const approval = useEditor((s) => s.doc?.meta.approval);
  const setApproval = useEditor((s) => s.setApproval);
  if (!approval) return null;
  return (
    <fieldset className="review__approval">
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
