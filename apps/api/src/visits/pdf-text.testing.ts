import { execFile } from 'node:child_process';

/**
 * For tests: the text of a PDF as unpdf (PDF.js) reads it, whitespace collapsed. Read in a plain
 * Node child, because PDF.js is an ES module that Jest's CommonJS sandbox cannot import.
 */
export function pdfText(bytes: Buffer): Promise<string> {
  const script = `const { extractText, getDocumentProxy } = require('unpdf');
    const chunks = []; process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.concat(chunks))), { mergePages: true });
      process.stdout.write(text); });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, maxBuffer: 10 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout.replace(/\s+/g, ' ')),
    );
    child.stdin?.end(bytes);
  });
}
