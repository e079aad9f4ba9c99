import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';

/** http(s) URLs up to whitespace or a character that cannot end a URL in running text. */
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
/** Punctuation that usually ends the sentence, not the URL: "see https://x.id/a." */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}']);

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Drops trailing punctuation; a closing bracket stays when it closes one opened in the URL. */
function trimTrailing(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.has(url[end - 1] as string)) {
    const char = url[end - 1];
    const head = url.slice(0, end);
    const opener = char === ')' ? '(' : char === ']' ? '[' : char === '}' ? '{' : null;
    if (opener && count(head, opener) >= count(head, char as string)) break;
    end -= 1;
  }
  return url.slice(0, end);
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

/** Splits text into plain runs and http(s) links. Nothing is ever parsed as HTML. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const href = trimTrailing(match[0]);
    if (!isHttpUrl(href)) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Text as React children: strings stay strings (React escapes them), URLs become anchors. */
export function LinkifiedText({ text }: { text: string }): ReactNode {
  return splitLinks(text).map((part, index) =>
    part.kind === 'link' ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
      <Anchor key={index} href={part.href} inherit style={{ overflowWrap: 'anywhere' }}>
        {part.href}
      </Anchor>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
      <span key={index}>{part.text}</span>
    ),
  );
}
