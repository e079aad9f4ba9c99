import { emailHint } from './invitations.service';

describe('emailHint', () => {
  it('keeps the first letter and the domain only', () => {
    expect(emailHint('bappeda@solok.go.id')).toBe('b***@solok.go.id');
    expect(emailHint('x@medan.go.id')).toBe('x***@medan.go.id');
  });
});
