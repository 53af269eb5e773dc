/** Saves generated text as a file through a temporary object URL and link; nothing leaves the browser. */

/** Byte-order mark so that spreadsheet programs read UTF-8 Chinese correctly. */
export const UTF8_BOM = '\ufeff';

export function downloadText(filename: string, text: string, mime: string): void {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
