/** The scenario tools' messages the first view shows: the toolbar and the gallery's loading text (the rest, notices and files included, is in ./editorTools). */
export const editorEn = {
  // ------------------------------------------------------------ toolbar
  'editor.toolbar.label': 'Scenario tools',
  'editor.toolbar.gallery': 'Presets',
  'editor.toolbar.lessons': 'Lessons',
  'editor.toolbar.edit': 'Edit',
  'editor.toolbar.undo': 'Undo',
  'editor.toolbar.redo': 'Redo',
  'editor.toolbar.share': 'Share',
  'editor.toolbar.file': 'File',
  // ------------------------------------------------------------ gallery
  'editor.gallery.loading': 'Loading…',
} as const;
