import type { ReferenceList, ReferenceOptions } from '../../../../electron/contract/reference.js';
import { useLoad } from '../../api/useLoad.js';

/** The editable reference lists, and a label lookup that falls back to the code. */
export function useReference() {
  const loaded = useLoad('reference-list', {});
  const options = loaded.data;
  const label = (list: ReferenceList, code: string) => options?.[list].find((o) => o.code === code)?.label ?? code;
  const active = (list: ReferenceList) => (options?.[list] ?? []).filter((o) => o.active);
  return { options: options as ReferenceOptions | undefined, label, active, error: loaded.error, reload: loaded.reload };
}
