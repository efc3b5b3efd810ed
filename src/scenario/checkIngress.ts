/** Checks on Ingress resources: unique names, backends that exist with the named port, a controller pod. */
import type { ClusterSpec } from '../sim';
import { joinPath, scenarioError, type ScenarioError } from './errors';

/** Checks every Ingress and the controller that serves them. */
export function checkIngresses(cluster: ClusterSpec): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const ingresses = cluster.ingresses ?? [];
  const services = new Map((cluster.services ?? []).map((s) => [`${s.namespace}/${s.name}`, s]));
  const controller = cluster.ingressController;
  if (controller) {
    const known = cluster.pods.some((p) => `${p.namespace}/${p.name}` === controller.pod);
    if (!known)
      errors.push(
        scenarioError('cluster.ingressController.pod', 'scenario.error.unknownPod', {
          pod: controller.pod,
        }),
      );
  } else if (ingresses.length > 0)
    errors.push(scenarioError('cluster.ingresses', 'scenario.error.noIngressController'));
  const names = new Set<string>();
  ingresses.forEach((ing, i) => {
    const at = `cluster.ingresses[${i}]`;
    const id = `${ing.namespace}/${ing.name}`;
    if (names.has(id))
      errors.push(
        scenarioError(joinPath(at, 'name'), 'scenario.error.duplicateIngress', {
          name: ing.name,
          namespace: ing.namespace,
        }),
      );
    names.add(id);
    ing.rules.forEach((rule, r) =>
      rule.paths.forEach((path, k) => {
        const pat = `${at}.rules[${r}].paths[${k}]`;
        const service = `${ing.namespace}/${path.service}`;
        const spec = services.get(service);
        if (!spec) {
          errors.push(
            scenarioError(joinPath(pat, 'service'), 'scenario.error.unknownService', { service }),
          );
          return;
        }
        const found = spec.ports.some((p) =>
          typeof path.port === 'number' ? p.port === path.port : p.name === path.port,
        );
        if (!found)
          errors.push(
            scenarioError(joinPath(pat, 'port'), 'scenario.error.unknownServicePort', {
              service,
              port: path.port,
            }),
          );
      }),
    );
  });
  return errors;
}
