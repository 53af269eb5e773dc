// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../defaults.ts';
import { createStore } from '../store.ts';
import { openShareDialog, shareButton } from './shareDialog.ts';

describe('share dialog', () => {
  const store = createStore({ ...DEFAULTS.state, region: '152200000000' });
  const deps = { store, prefs: () => ({ lang: 'en' as const }), pageUrl: () => 'http://127.0.0.1:4173/' };

  it('shows the link and the four embed snippets for the current view', () => {
    const d = openShareDialog(deps);
    const val = (k: string) => d.querySelector<HTMLTextAreaElement>(`textarea[data-share="${k}"]`)!.value;
    expect(new URL(val('link')).searchParams.get('region')).toBe('152200000000');
    expect(val('iframe')).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:4173\/embed\.html\?region=152200000000/);
    expect(val('responsive')).toContain('nmg-atlas:resize');
    expect(val('script')).toMatch(/^<div data-nmg-atlas data-region="152200000000"/);
    expect(val('element')).toMatch(/^<nmg-atlas region="152200000000"/);
    expect([...d.querySelectorAll('label')].map((l) => l.textContent)).toContain('Custom element (<nmg-atlas>)');
    expect(d.querySelectorAll('button[data-copy]').length).toBe(5);
    expect(d.querySelector('h2')!.textContent).toBe('Share and embed');
  });

  it('adds the host origin to the embed address when one is typed', () => {
    const d = openShareDialog(deps);
    const host = d.querySelector<HTMLInputElement>('#share-host')!;
    host.value = 'https://news.example/a/b';
    host.dispatchEvent(new Event('input'));
    expect(d.querySelector<HTMLTextAreaElement>('textarea[data-share="iframe"]')!.value).toContain('origins=https%3A%2F%2Fnews.example');
    expect(document.querySelectorAll('dialog.share-dialog').length).toBe(1);
  });

  it('opens from its button', () => {
    document.querySelectorAll('dialog').forEach((x) => x.remove());
    shareButton(deps).click();
    expect(document.querySelector('dialog.share-dialog')).not.toBeNull();
  });
});
