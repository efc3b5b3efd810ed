/** The Korean catalog, loaded lazily when the learner picks Korean, with its particle rules. */
import { registerLanguageKit, type Messages } from '../catalog';
import { presetsEn } from '../en/presets';
import { josa } from '../particles';
import { cniKo } from './cni';
import { diagramKo } from './diagram';
import { dnsKo } from './dns';
import { k8sEditorKo } from './k8sEditor';
import { linuxViewsKo } from './linuxViews';
import { manifestsKo } from './manifests';
import { neighboursKo } from './neighbours';
import { netfilterUiKo } from './netfilterUi';
import { policyKo } from './policy';
import { servicesKo } from './services';
import { editorKo } from './editor';
import { panelsKo } from './panels';
import { presentingKo } from './presenting';
import { scenarioKo } from './scenario';
import { simKo } from './sim';
import { stageKo } from './stage';
import { uiKo } from './ui';
import { valuesKo } from './values';

/** All Korean messages. */
export const ko: Messages = {
  ...uiKo,
  ...diagramKo,
  ...panelsKo,
  ...editorKo,
  ...simKo,
  ...scenarioKo,
  ...valuesKo,
  ...presentingKo,
  ...stageKo,
  ...servicesKo,
  ...policyKo,
  ...dnsKo,
  ...k8sEditorKo,
  ...netfilterUiKo,
  ...cniKo,
  ...linuxViewsKo,
  ...neighboursKo,
  ...manifestsKo,
};

/** The built-in scenarios' English titles and descriptions (stored in the scenario itself) in Korean. */
const presetTexts = new Map(
  (Object.keys(presetsEn) as (keyof typeof presetsEn)[]).map((k) => [presetsEn[k], ko[k]]),
);

registerLanguageKit(ko, { particle: josa, texts: presetTexts });
