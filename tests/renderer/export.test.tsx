import { mockApi } from './mock-api';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { exportedBytes } from '../../renderer/src/features/export/download';
import { typeIdFrom } from '../../renderer/src/features/settings/AnnotationTypesEditor';
import { createFakeBackend, createFakeEvents, makeStory } from './fakeBackend';
import { renderWithProviders } from './render';

const downloads: { name: string; href: string }[] = [];
let blobs: Blob[] = [];
beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
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
    const backend = createFakeBackend({ stories: [makeStory(7)] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/archive/story/7';
    renderWithProviders(<AppLayout />);
    await screen.findByRole('heading', { level: 1, name: 'Story number 7' });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Markdown' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('export:story', { storyId: 7, format: 'markdown', annotated: true, language: 'en' }));
    await waitFor(() => expect(downloads).toEqual([{ name: 'story-7.md', href: 'blob:fake' }]));
    expect(blobs[0]!.size).toBe(4);
    expect(blobs[0]!.type).toBe('application/octet-stream');
  });

  it('shows the core’s message when an export fails (PDF unavailable)', async () => {
    const backend = createFakeBackend({ stories: [makeStory(7)] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/archive/story/7';
    renderWithProviders(<AppLayout />);
    await screen.findByRole('heading', { level: 1, name: 'Story number 7' });
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
    const backend = createFakeBackend();
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/settings';
    renderWithProviders(<AppLayout />);
    await userEvent.click(await screen.findByRole('button', { name: 'Export all annotations' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:export', {}));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['annotations.jsonld']));

    const json = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 0, first: { type: 'AnnotationPage', items: [] } };
    const file = new File([JSON.stringify(json)], 'notes.jsonld', { type: 'application/ld+json' });
    fireEvent.change(screen.getByTestId('annotations-import-file'), { target: { files: [file] } });
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:import', { json, options: { skipUnmatched: true } }));
    expect(await screen.findByText(/Imported 2/)).toBeTruthy();
  });

  it('edits the annotation types: adds one with an id from its English label and saves', async () => {
    const backend = createFakeBackend();
    mockApi.call.mockImplementation(backend.call);
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
    const types = backend.settings.annotationTypes;
    expect(types.map((t) => t.id)).toEqual(['verified', 'disputed', 'needs_source', 'legal_check']);
    expect(types[3]).toEqual({ id: 'legal_check', label: { 'zh-CN': '需法务审核', en: 'Legal check' }, colour: '#d0bfff' });
  });

  it('makes ids from English labels', () => {
    expect(typeIdFrom('Needs source')).toBe('needs_source');
    expect(typeIdFrom('  2nd check!')).toBe('nd_check');
    expect(typeIdFrom('数字')).toBe('');
  });
});
