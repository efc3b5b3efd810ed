/** English messages of the app shell, diagram, controls and panels. */
export const uiEn = {
  'app.name': 'Pod Network Lab',
  'app.tagline': 'See how Kubernetes pods talk, hop by hop.',
  'app.loading': 'Loading the cluster…',
  'app.error': 'Something went wrong while tracing this packet: {{message}}',
  'diagram.label': 'Cluster diagram',
  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.ko': '한국어',
  'presenter.on': 'Presenter mode',
  'presenter.hint': 'Larger type for projecting to a room (key P).',
  'shell.menu': 'Menu',
  'shell.tabs': 'Panels',
  'shell.tab.send': 'Send',
} as const;
