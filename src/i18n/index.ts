/** The i18n barrel: typed catalogs in English and Korean. */
export * from './catalog';
