import { expect, test } from 'vitest';
import { heightTargets } from '../../src/embed/report-height';

const listed = ['https://www.harbour-street.example', 'https://harbour-street.example'];

test('tells a listed parent its height, and only that parent', () => {
  expect(heightTargets(listed, ['https://harbour-street.example'])).toEqual(['https://harbour-street.example']);
});

test('tells an unlisted parent nothing', () => {
  expect(heightTargets(listed, ['https://elsewhere.example'])).toEqual([]);
  expect(heightTargets([], ['https://elsewhere.example'])).toEqual([]);
});

test('where the browser does not say who the parent is, posts to the listed sites (only a match receives it)', () => {
  expect(heightTargets(listed, undefined)).toEqual(listed);
  expect(heightTargets([], undefined)).toEqual([]);
});
