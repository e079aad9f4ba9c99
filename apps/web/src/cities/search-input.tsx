import { TextInput } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { claimTypeAhead } from '../app/type-ahead';

export const SEARCH_DEBOUNCE_MS = 300;
/** The directory's search box, focused again after "clear filters". */
export const SEARCH_INPUT_ID = 'city-search';

/**
 * Free-text search. Typing updates the field at once and `onSearch` ~300 ms after the last
 * keystroke; a new `value` from outside (back button, a link) replaces the text. It is the page's
 * type-ahead box (app/type-ahead.ts): keys typed elsewhere on the page, or while the page was
 * loading, land here, and the text of the previous page's box carries over, so going from the home
 * page to the directory keeps what was typed.
 */
function focusAtEnd(input: HTMLInputElement | null, length: number) {
  input?.focus();
  input?.setSelectionRange(length, length);
}

export function SearchInput({ value, onSearch }: { value: string; onSearch: (value: string) => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const textRef = useRef(text);
  textRef.current = text;

  if (value !== lastValue) {
    setLastValue(value);
    if (value !== text.trim()) setText(value);
  }

  // Text typed before this box appeared: once shown, the box takes the focus with the caret at the end.
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    focusAtEnd(input.current, text.length);
  }, [text]);

  // Claimed once per page; `value` is only the start, so it is read without being a dependency.
  const startValue = useRef(value);
  useEffect(() => {
    const claim = claimTypeAhead(
      pathname,
      (key) => {
        const next = textRef.current + key;
        // Synchronously, so the caret is placed after the key before the next key arrives.
        flushSync(() => setText(next));
        focusAtEnd(input.current, next.length);
      },
      startValue.current,
    );
    if (claim.text && claim.text !== startValue.current) {
      focusPending.current = claim.typed;
      setText(claim.text);
    }
    return () => claim.release(textRef.current);
  }, [pathname]);

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === value) return;
    const timer = setTimeout(() => onSearch(trimmed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <TextInput
      ref={input}
      id={SEARCH_INPUT_ID}
      type="search"
      label={t('directory.searchLabel')}
      placeholder={t('directory.searchPlaceholder')}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      autoComplete="off"
      spellCheck={false}
      enterKeyHint="search"
    />
  );
}
