import type { AppError } from '../../../electron/contract/result.js';
import { Notice } from './layout.js';

/**
 * A form's refusal under its fields. A conflict with a record already stored (a group or a unit
 * that may be the same) offers to open that record, or to save this one all the same.
 */
export function ProblemNotice({ problem, hrefOf, saveAnyway, onSaveAnyway }: { problem: AppError | null; hrefOf(id: string): string; saveAnyway: string; onSaveAnyway(): void }) {
  if (!problem) return null;
  if (problem.code !== 'conflict' || !problem.related) return <Notice tone="error">{problem.message}</Notice>;
  return (
    <Notice tone="warning">
      <p>{problem.message}</p>
      <div className="form-row">
        <a className="button" href={hrefOf(problem.related.id)}>
          Buka {problem.related.label}
        </a>
        <button type="button" className="button" onClick={onSaveAnyway}>
          {saveAnyway}
        </button>
      </div>
    </Notice>
  );
}
