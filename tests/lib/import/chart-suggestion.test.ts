import { describe, expect, test } from 'vitest';
import { chartSuggestion } from '../../../src/lib/import/chart-suggestion.ts';

const lines = ['  - { type: line, file: ./x-posts.csv, measure: likes, title: "Likes per post on X" }'];

// Pasting a second charts: into the frontmatter is an error ("charts is written twice"), so the advice follows what is there.
describe('chartSuggestion', () => {
  test('without charts, says to add the list', () => {
    expect(chartSuggestion(undefined, lines)).toBe(`Draw it by adding to the case study's frontmatter:\ncharts:\n${lines[0]}`);
  });
  test('with the empty list a new case study has, says to replace it', () => {
    expect(chartSuggestion([], lines)).toBe(`Draw it by replacing charts: [] in the case study's frontmatter with:\ncharts:\n${lines[0]}`);
  });
  test('with charts already, says to add the lines under them', () => {
    expect(chartSuggestion([{ type: 'line' }], lines)).toBe(
      `Draw it by adding these lines under charts: in the case study's frontmatter:\n${lines[0]}`,
    );
  });
});
