/** Scenario files: download the current scenario as JSON, read one back through the validating codec. */
import { MAX_FILE_CHARS, scenarioFromJson, scenarioToJson } from '../../scenario/file';
import type { Scenario } from '../../scenario/types';
import type { AppStore } from '../../store';

/** A safe file name from a scenario title, e.g. "Two nodes" → "two-nodes.scenario.json". */
export function fileNameFor(s: Scenario): string {
  const slug = s.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.scenario.json`;
}

/** Offers the scenario as a JSON file download. */
export function downloadScenario(s: Scenario): void {
  const blob = new Blob([scenarioToJson(s)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameFor(s);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Opens a scenario file: loads it (undoably) or shows why it cannot be opened. */
export async function importScenarioFile(store: AppStore, file: Blob): Promise<boolean> {
  const s = store.getState();
  const fail = (key: string, params: Readonly<Record<string, string | number>> = {}) => {
    s.showNotice({
      tone: 'error',
      key: 'editor.notice.badFile',
      params: {},
      detail: { key, params },
    });
    return false;
  };
  if (file.size > MAX_FILE_CHARS * 4) {
    return fail('scenario.error.tooLarge', { max: MAX_FILE_CHARS });
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('editor.file.unreadable');
  }
  const r = scenarioFromJson(text);
  if (!r.ok) {
    const first = r.errors[0];
    return first
      ? fail(first.key, { ...first.params, path: first.path })
      : fail('editor.file.unreadable');
  }
  s.loadScenario(r.scenario);
  s.showNotice({ tone: 'info', key: 'editor.file.imported', params: { title: r.scenario.title } });
  return true;
}
