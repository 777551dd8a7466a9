/** Reads a file the person picked, in the renderer; nothing leaves the page but the result. */
function read(file: File, as: 'text' | 'dataUrl'): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}.`));
    if (as === 'text') reader.readAsText(file);
    else reader.readAsDataURL(file);
  });
}

export const readFileAsText = (file: File): Promise<string> => read(file, 'text');

/** The file's bytes as plain base64 (a data URL without its `data:...;base64,` prefix). */
export async function readFileAsBase64(file: File): Promise<string> {
  const dataUrl = await read(file, 'dataUrl');
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}
