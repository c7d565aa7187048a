/** Why a version of a document was saved: by hand, or before or after a change it may undo. */
export type CheckpointReason = 'manual' | 'import' | 'restore' | 'approval' | 'conflict';
