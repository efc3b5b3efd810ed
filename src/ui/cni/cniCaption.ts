/** A CNI step told for presenter mode's stage: who acts and what, in one large line, why under it, and what the step changed on the node. */
import type { Translator } from '../../i18n';
import type { CniStep } from '../../sim';
import type { CniPlay } from '../../store/cni/cniSlice';
import { routeText } from './cniText';

/** One thing a step changed, as the stage lists it: old value → new value ("" when it did not exist). */
export interface CniChange {
  /** What changed: a device, an address, a file, a setting. */
  readonly field: string;
  /** Before the step. */
  readonly from: string;
  /** After it. */
  readonly to: string;
}

/** A CNI step in words, for the stage. */
export interface CniCaption {
  /** "Step 6 of 12 · Pod creation: CNI ADD · default/shop on node1". */
  readonly title: string;
  /** Who acts and what it does: "bridge plugin: creates the veth pair, …". */
  readonly text: string;
  /** Why, as the side panel explains the step. */
  readonly why: string;
  /** What the step changed. */
  readonly changes: readonly CniChange[];
}

/** A device's name from its id ("pod:default/web#eth0" → "eth0"). */
const nameOf = (id: string | undefined) => (id ? id.slice(id.lastIndexOf('#') + 1) : '');

/** A container ID as crictl prints it: its first 13 hex digits. */
const shortId = (id: string) => (id.length > 13 ? `${id.slice(0, 13)}…` : id);

/** The fields of a JSON text, or null when it is not JSON. */
function json(text: string | undefined): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text ?? '');
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The error a failed call's result step carries, if it is one. */
function errorOf(play: CniPlay, step: CniStep): { code?: unknown; msg?: unknown } | null {
  if (step.kind !== 'result' || !play.error) return null;
  return json(step.text) ?? play.error;
}

/** What a step says after its actor's name. */
function what(t: Translator, play: CniPlay, step: CniStep): string {
  const ip = step.ip ?? '';
  const error = errorOf(play, step);
  if (error) return t('cni.say.resultError', { msg: String(error.msg ?? '') });
  switch (step.kind) {
    case 'exec-plugin':
      return t('cni.say.exec-plugin', { command: play.command });
    case 'attach-bridge':
      return t('cni.say.attach-bridge', { device: nameOf(step.device) });
    case 'ipam-allocate':
      return ip ? t('cni.say.ipam-allocate', { ip }) : t('cni.say.ipam-allocate.none');
    case 'ipam-release':
      return ip ? t('cni.say.ipam-release', { ip }) : t('cni.say.ipam-release.none');
    case 'add-route':
      return t('cni.say.add-route', {
        route: step.route ? routeText(step.route, play.result?.ips[0]?.gateway) : '',
      });
    case 'result': {
      const got = play.result?.ips[0];
      return t('cni.say.result', { ip: got?.address ?? '', gateway: got?.gateway ?? '' });
    }
    case 'set-address':
    case 'bridge-gateway':
      return t(`cni.say.${step.kind}`, { ip });
    default:
      return t(`cni.say.${step.kind}`);
  }
}

/** KEY=value lines as changes (subnet.env). */
function envChanges(text: string | undefined): CniChange[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.split('='))
    .filter((kv): kv is [string, string] => kv.length === 2 && kv[0] !== '')
    .map(([field, to]) => ({ field, from: '', to }));
}

/** What a step changed on the node or in the pod, old → new. */
export function cniChanges(t: Translator, play: CniPlay, step: CniStep): CniChange[] {
  const out: CniChange[] = [];
  const device = nameOf(step.device);
  const ip = step.ip ?? '';
  const node = play.before[play.pod.node];
  const error = errorOf(play, step);
  // What a DEL step takes away is written as removed, not left blank.
  const gone = t('cni.overlay.gone');
  if (error)
    return [{ field: 'error', from: '', to: `${String(error.code)}: ${String(error.msg)}` }];
  switch (step.kind) {
    case 'create-sandbox':
      out.push({ field: t('cni.text.create-sandbox'), from: '', to: shortId(step.text ?? '') });
      break;
    case 'remove-sandbox':
      out.push({ field: t('cni.text.create-sandbox'), from: shortId(step.text ?? ''), to: gone });
      break;
    case 'create-netns':
      out.push({ field: t('cni.text.create-netns'), from: '', to: step.text ?? '' });
      break;
    case 'exec-plugin':
      for (const k of ['CNI_COMMAND', 'CNI_IFNAME'] as const)
        if (step.env) out.push({ field: k, from: '', to: step.env[k] });
      break;
    case 'read-subnet-env':
      out.push(...envChanges(step.text));
      break;
    case 'delegate':
    case 'load-saved-config': {
      const conf = json(step.text) as { type?: string; ipam?: { type?: string } } | null;
      if (conf?.type) out.push({ field: 'type', from: '', to: conf.type });
      if (conf?.ipam?.type) out.push({ field: 'ipam.type', from: '', to: conf.ipam.type });
      break;
    }
    case 'create-bridge':
    case 'create-veth':
      out.push({ field: t('cni.change.device'), from: '', to: device });
      if (step.mtu !== undefined) out.push({ field: t('cni.mtu'), from: '', to: String(step.mtu) });
      break;
    case 'attach-bridge':
      out.push({ field: `${device} master`, from: '', to: 'cni0' });
      if (step.hairpin !== undefined)
        out.push({ field: t('cni.hairpin'), from: '', to: t(step.hairpin ? 'cni.on' : 'cni.off') });
      break;
    case 'ipam-allocate':
      if (ip) {
        out.push({ field: t('cni.address'), from: '', to: ip });
        out.push({ field: t('cni.ipam.last'), from: node?.lastReserved ?? '', to: ip });
      }
      break;
    case 'ipam-release':
      if (ip) out.push({ field: t('cni.address'), from: ip, to: gone });
      break;
    case 'set-address':
    case 'bridge-gateway':
      out.push({ field: `${device} ${t('cni.address')}`, from: '', to: ip });
      if (step.kind === 'bridge-gateway')
        out.push({ field: t('cni.change.forwarding'), from: '0', to: '1' });
      break;
    case 'add-route':
      if (step.route)
        out.push({
          field: t('cni.route'),
          from: '',
          to: routeText(step.route, play.result?.ips[0]?.gateway),
        });
      break;
    case 'delete-veth':
      out.push({ field: t('cni.change.device'), from: device, to: gone });
      break;
    case 'result': {
      const got = play.result?.ips[0];
      if (got) out.push({ field: 'ips[0].address', from: '', to: got.address });
      if (got) out.push({ field: 'ips[0].gateway', from: '', to: got.gateway });
      break;
    }
  }
  return out;
}

/** The caption of step `index` of a CNI trace (null past its end); needs the later English messages. */
export function cniCaption(t: Translator, play: CniPlay, index: number): CniCaption | null {
  const step = play.trace[index];
  if (!step) return null;
  const failed = errorOf(play, step) !== null;
  return {
    title: t('cni.stage.title', {
      k: index + 1,
      n: play.trace.length,
      title: t(`cni.title.${play.command}`),
      pod: `${play.pod.namespace || 'default'}/${play.pod.name}`,
      node: play.pod.node,
    }),
    text: t('cni.stage.say', { actor: t(`cni.actor.${step.actor}`), what: what(t, play, step) }),
    why: t(failed ? 'cni.why.resultError' : `cni.why.${step.kind}`),
    changes: cniChanges(t, play, step),
  };
}
