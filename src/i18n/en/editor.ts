/** English messages of the scenario tools: editor, presets gallery, share links, files, autosave, embed. */
export const editorEn = {
  // ------------------------------------------------------------ toolbar
  'editor.toolbar.label': 'Scenario tools',
  'editor.toolbar.gallery': 'Presets',
  'editor.toolbar.edit': 'Edit',
  'editor.toolbar.undo': 'Undo',
  'editor.toolbar.redo': 'Redo',
  'editor.toolbar.share': 'Share',
  'editor.toolbar.file': 'File',
  // ------------------------------------------------------------ share menu
  'editor.share.title': 'Share this view',
  'editor.share.hint':
    'The link carries the scenario, the packet shown, the current hop and the language.',
  'editor.share.linkLabel': 'Share link',
  'editor.share.copyLink': 'Copy link',
  'editor.share.copied': 'Link copied to the clipboard.',
  'editor.share.copyFailed':
    'The clipboard is not available here: the text in the field is selected, copy it with Ctrl+C.',
  'editor.share.embedLabel': 'Embed code',
  'editor.share.copyEmbed': 'Copy embed code',
  'editor.share.embedCopied': 'Embed code copied to the clipboard.',
  'editor.share.embedTitle': 'Pod Network Lab: {{title}}',
  'editor.share.close': 'Close',
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
  // ------------------------------------------------------------ gallery
  'editor.gallery.title': 'Preset scenarios',
  'editor.gallery.intro': 'Pick a scenario: it opens with its first packet ready to play.',
  'editor.gallery.concepts': 'Concepts',
  'editor.gallery.close': 'Close',
  'editor.gallery.loading': 'Loading…',
  // ------------------------------------------------------------ editor
  'editor.panel.title': 'Edit scenario',
  'editor.panel.close': 'Close editor',
  'editor.panel.invalid':
    'This change was not applied ({{count}} problems). The diagram still shows the last valid scenario.',
  'editor.panel.undoHint': 'Undo: Ctrl+Z · Redo: Ctrl+Shift+Z or Ctrl+Y',
  'editor.field.title': 'Title',
  'editor.field.cni': 'Network mode (CNI)',
  'editor.cni.bridge-hostgw': 'Bridge and host routes (host-gw)',
  'editor.cni.vxlan': 'VXLAN overlay',
  'editor.nodes.heading': 'Nodes',
  'editor.nodes.add': 'Add node',
  'editor.node.legend': 'Node {{name}}',
  'editor.node.name': 'Name',
  'editor.node.remove': 'Remove node {{name}} and its pods',
  'editor.pods.heading': 'Pods',
  'editor.pods.add': 'Add pod',
  'editor.pod.legend': 'Pod {{name}}',
  'editor.pod.name': 'Name',
  'editor.pod.node': 'Node',
  'editor.pod.hostNetwork': 'Use the node’s network (hostNetwork)',
  'editor.pod.labels': 'Labels',
  'editor.pod.labelsHint': 'key=value, separated by commas',
  'editor.pod.labelsBad': 'Write labels as key=value, separated by commas.',
  'editor.pod.remove': 'Remove pod {{name}}',
  'editor.containers.add': 'Add container',
  'editor.container.legend': 'Container {{name}}',
  'editor.container.name': 'Name',
  'editor.container.image': 'Image',
  'editor.container.ports': 'Listening ports',
  'editor.container.portsHint': 'e.g. 80, 53/UDP',
  'editor.container.portsBad':
    'Write ports as numbers, optionally followed by /TCP or /UDP, separated by commas.',
  'editor.container.remove': 'Remove container {{name}}',
  // ------------------------------------------------------------ embed
  'editor.embed.label': 'Pod Network Lab, embedded view',
  'editor.embed.open': 'Open in Pod Network Lab',
} as const;
