/** Turns valibot issues into scenario errors with a path, a message key and parameters. */
import type * as v from 'valibot';
import { scenarioEn } from '../i18n/en/scenario';
import { echo, joinPath, scenarioError, type ScenarioError, type ScenarioErrorKey } from './errors';

/** Whether a string is one of our error keys (set as the message of each schema action). */
function isErrorKey(message: string): message is ScenarioErrorKey {
  return (
    message.startsWith('scenario.error.') &&
    Object.prototype.hasOwnProperty.call(scenarioEn, message)
  );
}

/** The dotted path of an issue: "cluster.pods[2].ip". */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path = joinPath(path, typeof key === 'number' ? key : String(key));
  }
  return path;
}

/** Removes the quotes valibot puts around expected keys and literals. */
function unquote(text: string | null): string {
  return (text ?? '').replace(/^"(.*)"$/, '$1');
}

/** One valibot issue as one scenario error. */
export function issueToError(issue: v.BaseIssue<unknown>): ScenarioError {
  const path = pathOf(issue);
  if (isErrorKey(issue.message)) {
    const req: unknown = issue.requirement;
    return scenarioError(path, issue.message, typeof req === 'number' ? { max: req } : {});
  }
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return scenarioError(path, 'scenario.error.unknownKey', { key: echo(unquote(issue.received)) });
  if (issue.received === 'undefined' && issue.path && issue.path.length > 0) {
    const last = issue.path[issue.path.length - 1];
    return scenarioError(path, 'scenario.error.required', { field: String(last?.key ?? '') });
  }
  if (issue.type === 'picklist' || issue.type === 'literal' || issue.type === 'variant')
    return scenarioError(path, 'scenario.error.notOneOf', {
      options: (issue.expected ?? '').replace(/[()"]/g, '').replace(/ \| /g, ', '),
    });
  return scenarioError(path, 'scenario.error.wrongType', { expected: issue.expected ?? '' });
}
