/** The English messages loaded after the first view: the scenario tools', the simulation's explanations, the scenario format's and raw values' names. */
import { cniEn } from './cni';
import { diagramLaterEn } from './diagramLater';
import { dnsEn } from './dns';
import { editorToolsEn } from './editorTools';
import { k8sEditorEn } from './k8sEditor';
import { linuxViewsEn } from './linuxViews';
import { manifestsEn } from './manifests';
import { neighboursEn } from './neighbours';
import { netfilterUiEn } from './netfilterUi';
import { policyEn } from './policy';
import { servicesEn } from './services';
import { panelsLaterEn } from './panelsLater';
import { presentingEn } from './presenting';
import { scenarioEn } from './scenario';
import { simEn } from './sim';
import { stageEn } from './stage';
import { valuesEn } from './values';

/** English messages loaded lazily, once a packet is traced or a scenario is checked (a pure call: no bundle keeps it unread). */
export const enLater: typeof editorToolsEn &
  typeof simEn &
  typeof scenarioEn &
  typeof valuesEn &
  typeof panelsLaterEn &
  typeof presentingEn &
  typeof stageEn &
  typeof servicesEn &
  typeof policyEn &
  typeof dnsEn &
  typeof k8sEditorEn &
  typeof netfilterUiEn &
  typeof cniEn &
  typeof linuxViewsEn &
  typeof neighboursEn &
  typeof manifestsEn &
  typeof diagramLaterEn = /* @__PURE__ */ Object.assign(
  {},
  editorToolsEn,
  simEn,
  scenarioEn,
  valuesEn,
  panelsLaterEn,
  presentingEn,
  stageEn,
  servicesEn,
  policyEn,
  dnsEn,
  k8sEditorEn,
  netfilterUiEn,
  cniEn,
  linuxViewsEn,
  neighboursEn,
  manifestsEn,
  diagramLaterEn,
);
