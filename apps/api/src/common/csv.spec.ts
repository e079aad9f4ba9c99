import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads a header and rows, with quoted fields and doubled quotes', () => {
    const text = '\uFEFFcode,regency_code,name\r\n35.29.22,35.29,"Ra""as"\n13.72.01,13.72,"Lubuk, Sikarah"\n';
    expect(parseCsv(text)).toEqual([
      { code: '35.29.22', regency_code: '35.29', name: 'Ra"as' },
      { code: '13.72.01', regency_code: '13.72', name: 'Lubuk, Sikarah' },
    ]);
  });

  it('keeps a last row without a newline and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([{ a: '1', b: '2' }]);
  });

  it('fails on an unclosed quote instead of swallowing the rest of the file, naming file and line', () => {
    expect(() => parseCsv('code,name\n13.72,"Solok\n12.71,Medan\n', 'regencies.csv')).toThrow(/^regencies\.csv:3: .*Quote Not Closed/);
  });

  it('reads a semicolon file as columns, not one', () => {
    expect(parseCsv('code;name\n13.72;"Kota Solok; Sumbar"\n')).toEqual([{ code: '13.72', name: 'Kota Solok; Sumbar' }]);
  });

  it('names the file and line of a row with the wrong number of fields', () => {
    expect(() => parseCsv('code,name\n13.72,Solok\n12.71,Medan,extra\n', 'regencies.csv')).toThrow(/^regencies\.csv:3: /);
  });
});
