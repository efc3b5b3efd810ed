/** How the CNI trace's texts are shown: JSON pretty-printed as the runtime logs it, the environment as KEY=value lines. */
import type { CniEnv, CniStep, CniStepKind } from '../../sim';
import type { MessageKey } from '../../i18n';

/** A JSON text indented two spaces; other text as it is. */
export function prettyText(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The environment as the plugin sees it, one KEY=value a line. */
export function envLines(env: CniEnv): string {
  return Object.entries(env)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('\n');
}

/** Steps whose text is worth a titled block, with its title key. */
const TEXT_TITLES: Partial<Record<CniStepKind, MessageKey>> = {
  'create-sandbox': 'cni.text.create-sandbox',
  'create-netns': 'cni.text.create-netns',
  'exec-plugin': 'cni.text.exec-plugin',
  'read-subnet-env': 'cni.text.read-subnet-env',
  delegate: 'cni.text.delegate',
  'load-saved-config': 'cni.text.load-saved-config',
  result: 'cni.text.result',
  'remove-sandbox': 'cni.text.remove-sandbox',
};

/** The title of a step's text block, if it has one. */
export function textTitle(step: CniStep): MessageKey | undefined {
  return step.text === undefined ? undefined : TEXT_TITLES[step.kind];
}

/** A route as `ip route` prints it in the pod. */
export function routeText(
  r: { readonly dst: string; readonly gw?: string },
  gateway?: string,
): string {
  const via = r.gw ?? gateway;
  return `${r.dst === '0.0.0.0/0' ? 'default' : r.dst}${via ? ` via ${via}` : ''} dev eth0`;
}
