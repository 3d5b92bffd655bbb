// A failed copy or download is told in the clerk's words; the browser's own error goes to the console.
import { describe, expect, it, vi } from 'vitest';
import { failureReason } from '@/components/strings/failure';
import { stringsFor } from '@/components/strings';

describe('failureReason', () => {
  it('names a refused clipboard, a full storage and anything else plainly, in the chosen language', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const vi_ = stringsFor('vi');
    const refused = new DOMException('Document is not focused.', 'NotAllowedError');
    expect(failureReason(refused, vi_)).toBe(vi_.clipboardRefused);
    expect(failureReason(new DOMException('full', 'QuotaExceededError'), vi_)).toBe(vi_.storageFull);
    expect(failureReason(new TypeError('x is undefined'), vi_)).toBe(vi_.unexpectedFailure);
    expect(failureReason('a string', stringsFor('en'))).toBe(stringsFor('en').unexpectedFailure);
    for (const text of [vi_.clipboardRefused, vi_.storageFull, vi_.unexpectedFailure]) expect(text).not.toMatch(/Error|focused|undefined/);
    expect(logged).toHaveBeenCalledWith(refused);
    logged.mockRestore();
  });
});
