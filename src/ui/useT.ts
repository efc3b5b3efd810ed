/** The translate hook: the current language's catalog, loaded lazily for Korean and for the later English part. */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  catalogVersion,
  loadMessages,
  makeTranslate,
  onCatalogChange,
  type Lang,
  type Messages,
} from '../i18n/catalog';
import { useAppStore } from './storeContext';

const selectLang = (s: { lang: Lang }) => s.lang;
const koCache: { messages: Messages | null } = { messages: null };
const ENGLISH: Readonly<Partial<Messages>> = {};

/** Returns t(key, params) and t.dynamic(key, params) in the chosen language. */
export function useT() {
  const lang = useAppStore(selectLang);
  const version = useSyncExternalStore(onCatalogChange, catalogVersion, catalogVersion);
  const [ko, setKo] = useState<Messages | null>(koCache.messages);
  useEffect(() => {
    if (lang !== 'ko' || koCache.messages) {
      if (koCache.messages) setKo(koCache.messages);
      return;
    }
    let live = true;
    void loadMessages('ko').then((m) => {
      koCache.messages = m;
      if (live) setKo(m);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  const messages = lang === 'ko' && ko ? ko : ENGLISH;
  return useMemo(() => {
    void version; // a new function after more English messages arrive, so memoized users re-render
    return makeTranslate(messages);
  }, [messages, version]);
}
