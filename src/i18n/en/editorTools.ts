/** English messages of the scenario tools opened from the toolbar: share menu, gallery, editor (loaded with them). */
export const editorToolsEn = {
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
  // ------------------------------------------------------------ two tabs
  'editor.tabs.changed':
    'This scenario was changed in another tab. Keep yours, or load theirs? Until you choose, your work here is kept aside.',
  'editor.tabs.theirs': 'The other tab saved “{{title}}”.',
  'editor.tabs.keepMine': 'Keep yours',
  'editor.tabs.loadTheirs': 'Load theirs',
  // ------------------------------------------------------------ gallery
  'editor.gallery.title': 'Preset scenarios',
  'editor.gallery.intro': 'Pick a scenario: it opens with its first packet ready to play.',
  'editor.gallery.concepts': 'Concepts',
  'editor.gallery.close': 'Close',
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
} as const;
