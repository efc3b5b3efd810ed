/** English messages of the scenario tools: editor, presets gallery, share links, files, autosave, embed. */
/** The scenario tools' messages the first view shows: toolbar, notices, file drop, embed. */
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
  // ------------------------------------------------------------ files
  'editor.file.title': 'Scenario file',
  'editor.file.export': 'Export as file',
  'editor.file.import': 'Import file…',
  'editor.file.dropHint': 'Drop a scenario file to open it',
  'editor.file.schema': 'File format (JSON Schema)',
  'editor.file.imported': 'Opened the scenario “{{title}}”.',
  'editor.file.unreadable': 'The file could not be read.',
  // ------------------------------------------------------------ notices
  'editor.notice.badLink': 'This link could not be opened; the app kept the scenario you had.',
  'editor.notice.badFile': 'This file could not be opened; nothing was changed.',
  'editor.notice.autosaveLost': 'Your saved scenario could not be restored.',
  'editor.notice.dismiss': 'Dismiss',
  'editor.notice.at': 'At “{{path}}”.',
  'editor.storage.full':
    'Your work is not being saved in this browser: its storage is full. Export the scenario as a file to keep it.',
  'editor.storage.unavailable':
    'Your work is not being saved in this browser: local storage is disabled or unavailable. Export the scenario as a file to keep it.',
  'editor.choice.ask':
    'This link opens a shared scenario that differs from your own saved work. Which one do you want?',
  'editor.choice.openShared': 'Open the shared scenario',
  'editor.choice.keepMine': 'Keep mine',
  'editor.choice.opened':
    'You are looking at a shared scenario. Your own work is kept aside until you choose.',
  'editor.choice.backToMine': 'Back to my scenario',
  'editor.choice.keepShared': 'Keep the shared one',
  // ------------------------------------------------------------ gallery (the rest is in ./editorTools)
  'editor.gallery.loading': 'Loading…',
  // ------------------------------------------------------------ embed
  'editor.embed.label': 'Pod Network Lab, embedded view',
  'editor.embed.open': 'Open in Pod Network Lab',
} as const;
