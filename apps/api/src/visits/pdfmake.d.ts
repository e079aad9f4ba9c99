// pdfmake 0.3 ships no types; the little of its server API the letters use.
declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, Record<string, string>>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(definition: Record<string, unknown>): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

declare module 'pdfmake/standard-fonts/Times.js' {
  const fonts: { Times: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> };
  export default fonts;
}
