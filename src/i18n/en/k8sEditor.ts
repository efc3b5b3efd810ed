/** English messages for the editor's Services, Ingress and NetworkPolicy fields (loaded with the rest of the later catalog). */
export const k8sEditorEn = {} as const;
