/**
 * A file's name without its folders ("C:\du lieu\so-y-te.xlsx" → "so-y-te.xlsx"), for names shown
 * to people and for matching files to units, replies and table rows. One home: paths come from
 * Windows and POSIX alike, so both separators are cut here and nowhere else.
 */
export function fileNameOf(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/**
 * The key two file or sheet names are compared by: case and Unicode form ignored, as Windows,
 * macOS and Excel compare names ("Sở Y tế.xlsx" typed on a Mac and "SỞ Y TẾ.xlsx" are one name).
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}
