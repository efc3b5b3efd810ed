/** Korean messages for the editor's Services, Ingress and NetworkPolicy fields. */
import type { k8sEditorEn } from '../en/k8sEditor';

/** Every key of the English part, in Korean. */
export const k8sEditorKo: Record<keyof typeof k8sEditorEn, string> = {};
