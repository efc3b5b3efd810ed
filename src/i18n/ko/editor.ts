/** Korean messages of the editor part of the interface. */
import type { editorEn } from '../en/editor';

export const editorKo: Record<keyof typeof editorEn, string> = {
  'editor.placeholder': 'Editor',
};
