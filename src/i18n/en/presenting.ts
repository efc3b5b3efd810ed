/** English messages for teaching with the app elsewhere: the embed view's caption and headers, its options in the Share menu, image export for slides (later part). */
export const presentingEn = {
  'editor.caption.title': 'Hop {{k}} of {{n}} · {{where}} · {{action}}',
  'editor.embed.caption': 'Explanation of the current hop',
  'editor.embed.headers': 'Headers of the current hop',
  'editor.share.embedShows': 'The embedded view also shows',
  'editor.share.embedCaption': 'Caption: the current hop’s explanation',
  'editor.share.embedHeaders': 'The current hop’s headers',
  'editor.export.title': 'Image for slides',
  'editor.export.hint': 'The diagram at the current hop, with its caption, as the page shows it.',
  'editor.export.svg': 'Save as SVG',
  'editor.export.png': 'Save as PNG',
  'editor.export.saved': 'Saved {{name}}.',
  'editor.export.failed': 'The image could not be made: {{message}}',
  'editor.export.fileName': '{{title}} hop {{k}}',
} as const;
