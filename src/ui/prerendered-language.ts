/**
 * The start screen in each language, in the page itself (docs/decisions/014): the build puts the start screen of
 * every language but English in a `<template>`, and the page's inline script (`src/boot.ts`) swaps the one the
 * visitor's language asks for in before the first paint, with the page's `lang` and title. English visitors get
 * the page as it is; nobody waits for a second request.
 */

/** The template holding `language`'s start screen; its title is in `data-title`. */
export function prerenderedTemplateId(language: string): string {
  return `start-screen-${language}`;
}

/** Shows the prerendered start screen in `language`, if the page has it. Whether it did. */
export function showPrerenderedLanguage(root: Element, language: string): boolean {
  const template = document.getElementById(prerenderedTemplateId(language));
  if (!(template instanceof HTMLTemplateElement)) return false;
  root.replaceChildren(template.content.cloneNode(true));
  document.documentElement.lang = language;
  document.title = template.dataset['title'] ?? document.title;
  return true;
}
