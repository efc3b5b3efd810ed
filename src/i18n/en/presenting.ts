/** English messages for teaching with the app elsewhere: the embed view's caption and headers, its options in the Share menu (later part). */
export const presentingEn = {
  'editor.caption.title': 'Hop {{k}} of {{n}} · {{where}} · {{action}}',
  'editor.embed.caption': 'Explanation of the current hop',
  'editor.embed.headers': 'Headers of the current hop',
  'editor.share.embedShows': 'The embedded view also shows',
  'editor.share.embedCaption': 'Caption: the current hop’s explanation',
  'editor.share.embedHeaders': 'The current hop’s headers',
} as const;
