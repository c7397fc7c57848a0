/** @jest-environment jsdom */
import * as fs from 'fs';
import * as path from 'path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckerPage } from '../../src/checker/CheckerPage';
import { LANG_STORAGE_KEY, type LangStorage } from '../../src/taskpane/i18n/lang';
import { pdfBytes } from '../helpers/bad-files';
import { readNotes, readRanking } from './read-back';
import { inThreadRunner, type CheckRunner } from '../../src/checker/worker/runner';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const SAMPLE_FILES = ['so-tu-phap-2024.xlsx', 'so-y-te-2024.xlsx', 'so-xay-dung-2024.xlsx'];
const xlsxFile = (name: string) => new File([new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)))], name);

function memoryStorage(): LangStorage & { data: Record<string, string> } {
  const data: Record<string, string> = {};
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

function renderPage(lang: 'vi' | 'en' = 'vi') {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const storage = memoryStorage();
  const user = userEvent.setup();
  render(<CheckerPage lang={lang} storage={storage} save={(bytes, name) => saved.push({ name, bytes })} />);
  return { user, saved, storage };
}

const row = (file: string) => screen.getAllByTestId('overview-row').find((r) => r.getAttribute('data-file') === file)!;
const col = (file: string, name: string) => row(file).querySelector(`[data-col="${name}"]`)?.textContent;
const card = (file: string) => screen.getAllByTestId('file-card').find((c) => c.getAttribute('data-file') === file)!;

async function uploadAndWait(user: ReturnType<typeof userEvent.setup>, files: File[], doneText: RegExp) {
  await user.upload(screen.getByTestId('file-input'), files);
  await waitFor(() => expect(screen.getByTestId('progress').textContent).toMatch(doneText), { timeout: 30_000 });
}

jest.setTimeout(60_000);

describe('the browser checking page', () => {
  it('checks several files, keeps going past a bad one, and makes the ranking and a flagged copy', async () => {
    const { user, saved } = renderPage();
    const bad = new File([new Uint8Array(pdfBytes())], 'bao-cao.xlsx');
    await uploadAndWait(user, [...SAMPLE_FILES.map(xlsxFile), bad], /^Đã kiểm tra 3 tệp; 1 tệp không đọc được/);

    // Overview: indices as shown (Vietnamese decimal comma), classification, counts.
    expect(col('so-tu-phap-2024.xlsx', 'unit')).toBe('Sở Tư pháp');
    expect(col('so-tu-phap-2024.xlsx', 'self-index')).toBe('91,73');
    expect(col('so-tu-phap-2024.xlsx', 'errors')).toBe('0');
    expect(col('so-y-te-2024.xlsx', 'self-index')).toBe('87,58');
    expect(col('so-y-te-2024.xlsx', 'final-index')).toBe('84,66');
    expect(col('so-y-te-2024.xlsx', 'classification')).toBe('Khá');
    expect(col('so-xay-dung-2024.xlsx', 'self-index')).toBe('90,33');
    expect(row('bao-cao.xlsx').getAttribute('data-status')).toBe('failed');

    // A card per file: set and version, the scores table, findings with their cells.
    const yte = within(card('so-y-te-2024.xlsx'));
    expect(yte.getByTestId('set').textContent).toContain('mau-so-nganh-2024 (phiên bản 2024.1)');
    expect(yte.getByTestId('score-totals').textContent).toContain('83,39 / 98,50 — Chỉ số 84,66%');
    expect(card('so-y-te-2024.xlsx').querySelector('[data-code="score.aboveMax"][data-cell="F35"]')?.textContent).toMatch(
      /^Lỗi — F35 · 2\.3\.3: /,
    );
    expect(within(card('bao-cao.xlsx')).getByTestId('file-problem').textContent).toContain('Đây là tệp PDF');

    // Ranking workbook: order Tư pháp, Xây dựng, Y tế; the PDF listed apart with its reason.
    await user.click(screen.getByTestId('download-ranking'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('xep-hang-cchc.xlsx');
    const ranking = await readRanking(saved[0].bytes);
    // Issue 8: only complete results are ranked (Sở Y tế: appraised and surveyed); the two
    // self-assessed samples are listed on "Chưa xếp hạng".
    expect(ranking.ranked).toEqual([[1, 'Sở Y tế']]);
    expect(ranking.lines.filter((l) => l.includes('Mới tự đánh giá'))).toHaveLength(2);
    expect(ranking.lines.some((l) => l.includes('bao-cao.xlsx') && l.includes('Đây là tệp PDF'))).toBe(true);
    expect(ranking.sheets).toEqual(expect.arrayContaining(['KQ sở ngành', 'Chưa xếp hạng', 'Theo dõi', 'Phát hiện', 'Đề nghị giải trình']));
    await screen.findByText('Đã tạo tệp "xep-hang-cchc.xlsx" (xem thư mục Tải xuống của trình duyệt).');

    // Flagged copy of the Y tế file: its marks on the checked sheet, notes in Vietnamese.
    await user.click(within(card('so-y-te-2024.xlsx')).getByTestId('download-flagged'));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1].name).toBe('so-y-te-2024-da-danh-dau.xlsx');
    const notes = await readNotes(saved[1].bytes, 'Biểu chấm điểm');
    expect(notes.get('F35')).toContain('--- par-check · Kiểm tra CCHC / PAR check ---\n✖ Lỗi: ');
    expect(notes.get('G56')).toContain('--- par-check · Kiểm tra CCHC / PAR check ---\n');
    expect(notes.size).toBeGreaterThan(2);
    // The clean file needs no flagged copy.
    expect(within(card('so-tu-phap-2024.xlsx')).queryByTestId('download-flagged')).toBeNull();
  });

  it('switches to English and remembers it; the reasons and numbers follow', async () => {
    const { user, storage, saved } = renderPage();
    const bad = new File([new Uint8Array(pdfBytes())], 'bao-cao.xlsx');
    await uploadAndWait(user, [xlsxFile('so-y-te-2024.xlsx'), bad], /^Đã kiểm tra 1 tệp; 1 tệp/);
    await user.selectOptions(screen.getByTestId('lang-switch'), 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('PAR Index scoresheet check in the browser');
    expect(screen.getByTestId('progress').textContent).toBe('Checked 1 file; 1 could not be read (see the reasons below).');
    expect(col('so-y-te-2024.xlsx', 'final-index')).toBe('84.66');
    expect(within(card('bao-cao.xlsx')).getByTestId('file-problem').textContent).toContain('This is a PDF file');
    expect(storage.data[LANG_STORAGE_KEY]).toBe('en');

    // The flagged copy speaks the page's language.
    await user.click(within(card('so-y-te-2024.xlsx')).getByTestId('download-flagged'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect((await readNotes(saved[0].bytes, 'Biểu chấm điểm')).get('F35')).toContain('--- par-check · Kiểm tra CCHC / PAR check ---\n✖ Error: ');
  });

  it('keeps a second file of the same name apart and says so; clears old notices when files change; removes files', async () => {
    const { user } = renderPage();
    await uploadAndWait(user, [xlsxFile('so-y-te-2024.xlsx')], /^Đã kiểm tra 1 tệp\.$/);
    await user.click(screen.getByTestId('download-ranking'));
    await screen.findByText('Đã tạo tệp "xep-hang-cchc.xlsx" (xem thư mục Tải xuống của trình duyệt).');
    // The "same" file comes back as something else: both are kept, the new one named apart.
    await uploadAndWait(user, [new File([new Uint8Array(pdfBytes())], 'so-y-te-2024.xlsx')], /^Đã kiểm tra 1 tệp; 1 tệp/);
    expect(screen.getAllByTestId('overview-row').map((r) => [r.getAttribute('data-file'), r.getAttribute('data-status')])).toEqual([
      ['so-y-te-2024.xlsx', 'checked'],
      ['so-y-te-2024 (2).xlsx', 'failed'],
    ]);
    expect(screen.getByTestId('renamed-notice').textContent).toContain('"so-y-te-2024.xlsx" → "so-y-te-2024 (2).xlsx"');
    // The download notice was about the files as they were: gone.
    expect(screen.queryByText(/Đã tạo tệp "xep-hang-cchc.xlsx"/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Bỏ tệp "so-y-te-2024 (2).xlsx"' }));
    expect(screen.queryByTestId('renamed-notice')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Bỏ tệp "so-y-te-2024.xlsx"' }));
    expect(screen.queryAllByTestId('file-card')).toHaveLength(0);
    expect(screen.queryByTestId('download-ranking')).toBeNull();
  });

  it('does not offer the ranking while files are still being checked', async () => {
    // A runner held by the test: the file stays "being checked" until released.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const makeRunner = (): CheckRunner => {
      const inner = inThreadRunner();
      return { ...inner, check: async (...args) => (await held, inner.check(...args)) };
    };
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" storage={memoryStorage()} save={() => undefined} makeRunner={makeRunner} />);
    await user.upload(screen.getByTestId('file-input'), [xlsxFile('so-tu-phap-2024.xlsx')]);
    expect(screen.getByTestId('download-ranking')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('overview-waiting').textContent).toBe('Đang chờ kiểm tra: 1 tệp.');
    release();
    await waitFor(() => expect(screen.getByTestId('download-ranking')).toHaveProperty('disabled', false), { timeout: 30_000 });
    expect(screen.queryByTestId('overview-waiting')).toBeNull();
  });
});
