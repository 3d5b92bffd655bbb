// Issue 15: a U+FFFE (or a C0 control, or a lone surrogate) in the clerk's text made word/document.xml malformed.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blocksToDocx, xmlSafe } from '@/utils/report/docx';

const BAD = ['\uFFFE', '\uFFFF', '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uD800', '\uDFFF'];

async function documentXml(text: string, title = 'Báo cáo'): Promise<string> {
  const bytes = await blocksToDocx([{ kind: 'para', text }, { kind: 'table', head: ['Cột'], rows: [[text]] }], title);
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

describe('XML-invalid characters in .docx text runs', () => {
  it.each(BAD.map((c) => [c.codePointAt(0)!.toString(16)]))('U+%s is dropped from paragraphs and table cells', async (hex) => {
    const bad = String.fromCharCode(parseInt(hex, 16));
    const xml = await documentXml(`Xã${bad} Bình Giang`);
    expect(xml).not.toContain(bad);
    expect(xml.match(/Xã Bình Giang/g)?.length).toBe(2);
    expect(new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')).toBeNull();
  });

  it('keeps tabs, line breaks, Vietnamese and astral characters (a surrogate pair is not lone)', () => {
    expect(xmlSafe('a\tb\nc\r đ 𝔸 😀')).toBe('a\tb\nc\r đ 𝔸 😀');
  });

  it('cleans the document title too', async () => {
    const bytes = await blocksToDocx([{ kind: 'para', text: 'x' }], 'Báo\uFFFE cáo');
    expect(strFromU8(unzipSync(bytes)['docProps/core.xml']!)).not.toContain('\uFFFE');
  });
});
