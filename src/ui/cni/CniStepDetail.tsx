/** One step of a CNI trace in detail: who acts where, what it made, and the texts passed (configuration, environment, result). */
import type { CniPlay } from '../../store/cni/cniSlice';
import { useT } from '../useT';
import { envLines, prettyText, routeText, textTitle } from './cniText';
import { LeaseTable } from './LeaseTable';

const pre =
  'mt-1 max-h-64 overflow-auto rounded-lg bg-slate-900 p-2 font-mono text-xs leading-relaxed whitespace-pre text-slate-100';

/** A titled block of program text (focusable so its scrolling works from the keyboard). */
function TextBlock({ title, text }: { title: string; text: string }) {
  return (
    <section aria-label={title}>
      <h4 className="text-xs font-semibold text-slate-700">{title}</h4>
      <pre className={pre} tabIndex={0}>
        {text}
      </pre>
    </section>
  );
}

/** The step at the cursor, with its explanation and texts. */
export function CniStepDetail({ play, index }: { play: CniPlay; index: number }) {
  const t = useT();
  const step = play.trace[index];
  if (!step) return null;
  const failed = step.kind === 'result' && play.error !== undefined;
  const gateway = play.result?.ips[0]?.gateway;
  const rows: [string, string][] = [
    [t('cni.who'), t(`cni.actor.${step.actor}`)],
    [t('cni.netns'), step.netns],
  ];
  if (step.device) rows.push([t('cni.device'), step.device]);
  if (step.ip) rows.push([t('cni.address'), step.ip]);
  if (step.mtu !== undefined) rows.push([t('cni.mtu'), String(step.mtu)]);
  if (step.hairpin !== undefined)
    rows.push([t('cni.hairpin'), t(step.hairpin ? 'cni.on' : 'cni.off')]);
  if (step.route) rows.push([t('cni.route'), routeText(step.route, gateway)]);
  const title = textTitle(step);
  return (
    <section aria-labelledby="cni-step-title" className="space-y-2" data-cni-step={step.kind}>
      <h3 id="cni-step-title" className="text-sm font-semibold text-slate-900">
        {t('cni.stepN', { k: index + 1 })}
        {': '}
        {t(`cni.step.${step.kind}`)}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-600">{k}</dt>
            <dd className="font-mono break-all text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      <p
        className={`rounded-xl border px-3 py-2 text-sm ${failed ? 'border-red-300 bg-red-50 text-red-900' : 'border-indigo-200 bg-indigo-50 text-slate-900'}`}
        {...(failed ? { role: 'alert' } : {})}
      >
        {failed ? t('cni.why.resultError') : t(`cni.why.${step.kind}`)}
      </p>
      {step.env && <TextBlock title={t('cni.env')} text={envLines(step.env)} />}
      {title && step.text !== undefined && (
        <TextBlock title={t(title)} text={prettyText(step.text)} />
      )}
      {step.leases && (
        <section aria-label={t('cni.leasesAfter', { node: play.pod.node })}>
          <h4 className="text-xs font-semibold text-slate-700">
            {t('cni.leasesAfter', { node: play.pod.node })}
          </h4>
          <LeaseTable
            node={{
              ...(play.after[play.pod.node] ?? { bridge: true, ports: [] }),
              leases: step.leases,
            }}
            label={t('cni.leasesAfter', { node: play.pod.node })}
          />
        </section>
      )}
    </section>
  );
}
