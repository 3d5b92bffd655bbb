import { createContext, createElement, type ComponentChildren } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { UiLanguage } from '@/utils/domain/types';
import { vi, type Strings } from './vi';
import { en } from './en';

export type { Strings };

/** Each language named in itself, as the Options select shows it. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Vietnamese unless the clerk chose English in Options, whatever the browser's own language. */
export function stringsFor(language: UiLanguage | undefined): Strings {
  return language === 'en' ? en : vi;
}

export const StringsContext = createContext<Strings>(vi);

export const useStrings = (): Strings => useContext(StringsContext);

/** Gives the page's components the texts of the chosen language, and tells the browser (lang) which one it is. */
export function StringsProvider({ language, children }: { language: UiLanguage | undefined; children: ComponentChildren }) {
  const lang = language ?? 'vi';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return createElement(StringsContext.Provider, { value: stringsFor(lang), children });
}
