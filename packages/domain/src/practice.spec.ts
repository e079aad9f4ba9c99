import { isPracticeEditable, isSdg, practiceTransition, SMART_CITY_DIMENSIONS } from './practice.js';

describe('practice rules', () => {
  it('knows the six smart-city dimensions', () => {
    expect(SMART_CITY_DIMENSIONS).toEqual(['governance', 'branding', 'economy', 'living', 'society', 'environment']);
  });

  it('takes SDG numbers 1 to 17 only', () => {
    expect([1, 17].every(isSdg)).toBe(true);
    expect([0, 18, 1.5, '3', null].some(isSdg)).toBe(false);
  });

  it('moves a practice through draft, review and publication, and back with a comment', () => {
    expect(practiceTransition('draft', 'submit')).toBe('in_review');
    expect(practiceTransition('in_review', 'publish')).toBe('published');
    expect(practiceTransition('in_review', 'return')).toBe('draft');
    expect(practiceTransition('published', 'archive')).toBe('archived');
  });

  it('refuses transitions from the wrong state; nothing leaves archived', () => {
    expect(practiceTransition('draft', 'publish')).toBeNull();
    expect(practiceTransition('published', 'submit')).toBeNull();
    expect(practiceTransition('archived', 'submit')).toBeNull();
    expect(practiceTransition('archived', 'archive')).toBeNull();
    expect(isPracticeEditable('archived')).toBe(false);
    expect(isPracticeEditable('published')).toBe(true);
  });
});
