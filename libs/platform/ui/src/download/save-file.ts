/**
 * Hands the browser a file made on the page (a CSV or JSON of the rows shown), through a
 * temporary link, so it is saved as any download is, with no round trip to the server.
 */
export function saveFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
