import { describe, expect, it } from 'vitest';
import { buildNationalBatch } from '@/utils/national/batch';
import { nationalNotice } from '@/utils/capture/national-notice';
import { EVALUATION_ENDPOINTS } from '@/utils/national/endpoints';
import { januaryMessage } from './helpers';

const PAGE = { url: 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu', title: 'Đánh giá chất lượng phục vụ' };
const ALL = EVALUATION_ENDPOINTS.map(januaryMessage);

describe('buildNationalBatch', () => {
  it('turns the page’s six responses into one report: three captures, one reason, two groups ignored', () => {
    const { report, problems } = buildNationalBatch([...ALL, ...ALL], 'xã Bình Giang', PAGE);
    expect(report.url).toBe(PAGE.url);
    expect(report.extractions.map((e) => e.kinds[1])).toEqual(['feedback', 'digitization', 'payment']);
    expect(report.problem).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(/^Dịch vụ công trực tuyến: trang chỉ có điểm/)]);
  });

  it('says why nothing was stored when the unit is absent', () => {
    const { report, problems } = buildNationalBatch(ALL, 'xã Vĩnh Bảo', PAGE);
    expect(report.extractions).toEqual([]);
    expect(problems.length).toBe(4);
    expect(report.problem).toContain('Không thấy đơn vị báo cáo');
    expect(report.problem).not.toContain('Vĩnh Bảo'); // shown in the page: never the clerk's unit
    const notice = nationalNotice({ report, problems }, undefined);
    expect(notice.tone).toBe('error');
    expect(notice.lines[0]).toMatch(/chưa lưu số liệu nào/);
    expect(notice.lines.join('\n')).toContain('Không thấy đơn vị báo cáo');
    expect(notice.lines.join('\n')).not.toContain('Vĩnh Bảo');
  });

  it('asks once for the unit when Options have none', () => {
    const { report, problems } = buildNationalBatch(ALL, '', PAGE);
    expect(report.extractions).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/^Chưa nhập “Đơn vị báo cáo”/)]);
  });

  it('is silent about groups the report does not use', () => {
    const batch = buildNationalBatch([januaryMessage('transparency'), januaryMessage('dvc-progress-tree')], 'xã Bình Giang', PAGE);
    expect(batch.report.extractions).toEqual([]);
    expect(batch.problems).toEqual([]);
  });
});

describe('nationalNotice', () => {
  it('names each stored group with its calendar period and adds the reasons for the rest', () => {
    const batch = buildNationalBatch(ALL, 'xã Bình Giang', PAGE);
    const reply = { ok: true as const, results: [{ status: 'stored' as const, id: 1 }, { status: 'updated' as const, id: 2 }, { status: 'stored' as const, id: 3 }] };
    const notice = nationalNotice(batch, reply);
    expect(notice.tone).toBe('info');
    expect(notice.lines[0]).toBe(
      'Đã lưu số liệu: Bộ chỉ số 766 (Cổng DVC quốc gia), Phản ánh, kiến nghị, kỳ 01/01/2026 – 31/01/2026 – UBND xã Bình Giang.',
    );
    expect(notice.lines[1]).toMatch(/^Số liệu đã có, cập nhật lần xem: .*Số hóa hồ sơ/);
    expect(notice.lines.at(-1)).toMatch(/^Dịch vụ công trực tuyến:/);
  });

  it('reports a failed save as an error', () => {
    const batch = buildNationalBatch(ALL, 'xã Bình Giang', PAGE);
    const notice = nationalNotice(batch, { ok: false, error: 'Dữ liệu gửi từ trang không hợp lệ, không lưu.' });
    expect(notice.tone).toBe('error');
    expect(notice.lines[0]).toBe('Chưa lưu được số liệu.');
  });
});
