import { mockApi } from './mock-api';
import { callCore, withRealCore } from './harness/real-core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { exportedBytes } from '../../renderer/src/features/export/download';
import { typeIdFrom } from '../../renderer/src/features/settings/AnnotationTypesEditor';
import { chromiumPdfRenderer } from '../../electron/core/export/pdf';
import type { OutputOf } from '../../shared/contract';
import { renderWithProviders } from './render';

const downloads: { name: string; href: string }[] = [];
let blobs: Blob[] = [];

const HEADLINE = 'Council sets aside £2m for roads';
/** One story of the Gazette; PDFs go through a Chromium this machine does not have. */
const core = withRealCore(
  async (c) => {
    await c.importText('gazette.txt', `${HEADLINE}\n\nThe council set aside £2m for roads on Tuesday.`, { publication: 'Evening Gazette', date: '2024-03-05' });
  },
  { pdfRenderer: chromiumPdfRenderer({ executablePath: '/nowhere/chromium' }) },
);
const storyId = async () => (await callCore(core(), 'archive:list', {})).items[0]!.id;

/** What the core answered the renderer's first call on `channel`. */
async function answered<C extends 'export:story' | 'annotations:export'>(channel: C): Promise<OutputOf<C>> {
  const index = mockApi.call.mock.calls.findIndex(([called]) => called === channel);
  return (await mockApi.call.mock.results[index]!.value) as OutputOf<C>;
}

beforeEach(() => {
  downloads.length = 0;
  blobs = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob);
    return 'blob:fake';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('Story export', { timeout: 20_000 }, () => {
  it('exports the story with its annotations and downloads the file', async () => {
    const id = await storyId();
    window.location.hash = `#/archive/story/${id}`;
    renderWithProviders(<AppLayout />);
    await screen.findByRole('heading', { level: 1, name: HEADLINE });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Markdown' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('export:story', { storyId: id, format: 'markdown', annotated: true, language: 'en' }));
    const file = await answered('export:story');
    expect(file.fileName).toMatch(/\.md$/);
    await waitFor(() => expect(downloads).toEqual([{ name: file.fileName, href: 'blob:fake' }]));
    // The file's bytes, as the core wrote them: the story in Markdown.
    expect(blobs[0]!.size).toBe(file.bytes);
    expect(blobs[0]!.type).toBe(file.mime);
    expect(new TextDecoder().decode(exportedBytes(file))).toContain(HEADLINE);
  });

  it('shows the core’s message when an export fails (PDF unavailable)', async () => {
    window.location.hash = `#/archive/story/${await storyId()}`;
    renderWithProviders(<AppLayout />);
    await screen.findByRole('heading', { level: 1, name: HEADLINE });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'PDF' }));
    expect(await screen.findByText(/PDF export needs Chromium/)).toBeTruthy();
    expect(screen.getByText('Export failed')).toBeTruthy();
    expect(downloads).toEqual([]);
    // Not stuck busy.
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('decodes base64 to bytes', () => {
    expect(Array.from(exportedBytes({ fileName: 'a', mime: 'x', dataBase64: btoa('\x00\x01\xff'), bytes: 3 }))).toEqual([0, 1, 255]);
  });
});

describe('Annotations in Settings', () => {
  it('exports all annotations as JSON-LD and imports a chosen file', async () => {
    // Two notes on the story, exported, then gone from the archive: the import brings them back.
    const id = await storyId();
    const notes = [
      await callCore(core(), 'annotations:create', { storyId: id, start: 0, end: 11, type: 'note', comment: 'Which council?' }),
      await callCore(core(), 'annotations:create', { storyId: id, start: 16, end: 23, type: 'verified' }),
    ];
    window.location.hash = '#/settings';
    renderWithProviders(<AppLayout />);
    await userEvent.click(await screen.findByRole('button', { name: 'Export all annotations' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:export', {}));
    const exported = await answered('annotations:export');
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual([exported.fileName]));
    expect(exported.fileName).toMatch(/\.jsonld$/);

    for (const note of notes) await callCore(core(), 'annotations:delete', { id: note.id });
    const json = JSON.parse(new TextDecoder().decode(exportedBytes(exported))) as unknown;
    const file = new File([JSON.stringify(json)], 'notes.jsonld', { type: 'application/ld+json' });
    fireEvent.change(screen.getByTestId('annotations-import-file'), { target: { files: [file] } });
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:import', { json, options: { skipUnmatched: true } }));
    expect(await screen.findByText(/Imported 2/)).toBeTruthy();
  });

  it('edits the annotation types: adds one with an id from its English label and saves', async () => {
    window.location.hash = '#/settings';
    renderWithProviders(<AppLayout />);
    const section = (await screen.findByRole('heading', { name: 'Annotation types' })).closest('section')!;
    await userEvent.click(within(section).getByRole('button', { name: 'Add a type' }));
    const zh = within(section).getAllByRole('textbox', { name: 'Chinese label' });
    const en = within(section).getAllByRole('textbox', { name: 'English label' });
    await userEvent.type(zh[zh.length - 1]!, '需法务审核');
    await userEvent.type(en[en.length - 1]!, 'Legal check');
    expect(within(section).getByText('legal_check').parentElement?.textContent).toBe('Stored as legal_check');
    await userEvent.click(within(section).getByRole('button', { name: 'Remove 备注' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Save types' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('settings:set', expect.objectContaining({ annotationTypes: expect.any(Array) })));
    const types = (await callCore(core(), 'settings:get', {})).annotationTypes;
    expect(types.map((t) => t.id)).toEqual(['verified', 'disputed', 'needs_source', 'legal_check']);
    expect(types[3]).toEqual({ id: 'legal_check', label: { 'zh-CN': '需法务审核', en: 'Legal check' }, colour: '#d0bfff' });
  });

  it('makes ids from English labels', () => {
    expect(typeIdFrom('Needs source')).toBe('needs_source');
    expect(typeIdFrom('  2nd check!')).toBe('nd_check');
    expect(typeIdFrom('数字')).toBe('');
  });
});
