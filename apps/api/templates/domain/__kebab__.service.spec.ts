import '../app.module'; // installs the messages of every registered domain
import { __Pascal__Service } from './__kebab__.service';

describe('__Pascal__Service', () => {
  it('answers in Bahasa Indonesia and in English', () => {
    const service = new __Pascal__Service();
    expect(service.status('id').message).toBe('__kebab__ siap.');
    expect(service.status('en').message).toBe('__kebab__ is ready.');
  });
});
