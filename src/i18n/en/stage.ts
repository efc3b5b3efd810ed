/** English messages of presenter mode's stage: the large caption, the changed fields beside it and the inspector overlay (later part). */
export const stageEn = {
  'editor.stage.caption': 'The current hop, explained',
  'editor.stage.changed': 'Changed at this hop',
  'editor.stage.noChange': 'No header field changes here.',
  'editor.stage.empty': 'Send a packet: each hop it takes is explained here.',
  'editor.stage.keys': 'I: inspector',
  'editor.stage.inspector': 'Inspector',
  'editor.stage.close': 'Close the inspector (I or Esc)',
} as const;
