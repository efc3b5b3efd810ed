/** The translate hook: the current language's catalog, loaded lazily for Korean. */
import { useEffect, useMemo, useState } from 'react';
import { en, loadMessages, makeTranslate, type Messages } from '../i18n';
import { useAppStore } from './storeContext';

const selectLang = (s: { lang: 'en' | 'ko' }) => s.lang;
const cache = new Map<string, Messages>([['en', en]]);

/** Returns t(key, params) and t.dynamic(key, params) in the chosen language. */
export function useT() {
  const lang = useAppStore(selectLang);
  const [messages, setMessages] = useState<Messages>(() => cache.get(lang) ?? en);
  useEffect(() => {
    const known = cache.get(lang);
    if (known) {
      setMessages(known);
      return;
    }
    let live = true;
    void loadMessages(lang).then((m) => {
      cache.set(lang, m);
      if (live) setMessages(m);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return useMemo(() => makeTranslate(messages), [messages]);
}
