import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { chooseLanguage } from '../../src/state/language';
import { LANGUAGE_KEY, startingLanguage } from '../../src/state/language-choice';
import { answersOf, renderApp } from './helpers';

afterEach(async () => {
  await act(() => chooseLanguage('en', { remember: false }));
  document.documentElement.removeAttribute('lang');
});

const picker = () => screen.getByRole('navigation', { name: /Language|Idioma/ });

test('the picker names each language in itself, marks the current one, and switches the page in place', async () => {
  const { user } = await renderApp();
  expect(within(picker()).getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  const spanish = within(picker()).getByRole('button', { name: 'Español' });
  expect(spanish.closest('[lang]')).toHaveAttribute('lang', 'es');
  expect(spanish).not.toHaveAttribute('aria-current');

  await user.click(spanish);
  expect(
    await screen.findByRole('heading', { level: 1, name: '¿Cada cuánto conviene un masaje de espalda?' }),
  ).toBeVisible();
  expect(screen.getByRole('button', { name: 'Empezar' })).toBeVisible();
  expect(document.documentElement).toHaveAttribute('lang', 'es');
  expect(screen.getByRole('navigation', { name: 'Idioma' })).toBeVisible();
  // The same button, now current: focus stays where the person put it.
  expect(spanish).toHaveFocus();
  expect(spanish).toHaveAttribute('aria-current', 'true');
  expect(localStorage.getItem(LANGUAGE_KEY)).toBe('es');
});

test('the choice is remembered for the next visit; without one, the browser’s language decides', () => {
  localStorage.clear();
  // jsdom's browser prefers American English.
  expect(startingLanguage()).toBe('en');
  localStorage.setItem(LANGUAGE_KEY, 'es');
  expect(startingLanguage()).toBe('es');
  localStorage.setItem(LANGUAGE_KEY, 'klingon');
  expect(startingLanguage()).toBe('en');
});

test('mid-questionnaire, switching keeps the answer given and the question shown', async () => {
  const { user } = await renderApp();
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(screen.getByLabelText('Relaxation and stress relief'));
  await user.click(within(picker()).getByRole('button', { name: 'Español' }));
  expect(await screen.findByRole('heading', { level: 1, name: '¿Cuál es tu objetivo principal?' })).toBeVisible();
  expect(screen.getByLabelText('Relajarme y aliviar el estrés')).toBeChecked();
  await waitFor(() => {
    expect(document.title).toBe('¿Cuál es tu objetivo principal? – Planificador de masajes de espalda');
  });
  await user.click(screen.getByRole('button', { name: 'Continuar' }));
  expect(await screen.findByRole('heading', { level: 1, name: '¿Qué describe mejor tus días?' })).toBeVisible();
});

test('the result, its reasons and its dates in Spanish, and back to English', async () => {
  const { user } = await renderApp({
    answers: answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'lasting' }),
  });
  await user.click(within(picker()).getByRole('button', { name: 'Español' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Cada/ })).toBeVisible();
  expect(
    screen.getAllByText('La guía dice cada 1 a 2 semanas para «Rigidez por la postura (trabajo de oficina)».')[0],
  ).toBeVisible();
  expect(screen.getByRole('heading', { name: '¿Por qué?' })).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Ver tus fechas' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Tu plan' })).toBeVisible();
  expect(screen.getAllByText(/ de [a-z]+$/).length).toBeGreaterThan(0);

  await user.click(within(picker()).getByRole('button', { name: 'English' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  expect(document.documentElement).toHaveAttribute('lang', 'en');
});

test('a result first shown in Spanish loads the Spanish words for it', async () => {
  await act(() => chooseLanguage('es', { remember: false }));
  await renderApp({ answers: answersOf({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine' }) });
  expect(screen.getByRole('heading', { level: 1, name: /Cada 3 semanas/ })).toBeVisible();
  expect(screen.getByRole('heading', { name: 'Lo que dice la guía' })).toBeVisible();
});

test('inside a practice’s page there is no header, and the picker sits above the planner', async () => {
  await renderApp({}, { embedded: true });
  expect(screen.queryByRole('banner')).toBeNull();
  const nav = picker();
  expect(nav.compareDocumentPosition(screen.getByRole('main')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(within(nav).getByRole('button', { name: 'Español' })).toBeVisible();
});
