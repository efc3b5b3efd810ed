/** English messages of the editor part of the interface. */
export const editorEn = {
  'editor.placeholder': 'Editor',
} as const;
