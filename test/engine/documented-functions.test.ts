// Functions whose result the Kusto documentation defines exactly (issue 14, item 5):
// the documented examples, plus edge cases the pages pin, plus the refusals where they do not.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { betaCdf, betaInv, betaPdf, erf, erfc, incompleteBeta } from '../../src/engine/functions/special.js';
import { rows, value } from './helpers.js';

describe('format_bytes()', () => {
  it('gives the documented example texts', () => {
    expect(
      rows(
        'print v1 = format_bytes(564), v2 = format_bytes(10332, 1), v3 = format_bytes(20010332), v4 = format_bytes(20010332, 2), v5 = format_bytes(20010332, 0, "KB")',
      ),
    ).toEqual([['564 Bytes', '10.1 KB', '19 MB', '19.08 MB', '19541 KB']]);
  });

  it('picks the largest unit the size reaches, in powers of 1024', () => {
    expect(value('format_bytes(1024)')).toBe('1 KB');
    expect(value('format_bytes(999)')).toBe('999 Bytes');
    expect(value('format_bytes(3.5 * 1024 * 1024 * 1024, 1)')).toBe('3.5 GB');
    expect(value('format_bytes(0)')).toBe('0 Bytes');
    expect(value('format_bytes(2048, 0, "Bytes")')).toBe('2048 Bytes');
    expect(value('format_bytes(real(null))')).toBe('');
  });

  it('refuses what the page leaves open', () => {
    for (const e of [
      'format_bytes(-5)',
      'format_bytes(1536)',
      'format_bytes(1024, 2)',
      'format_bytes(1000 * 1024)',
      'format_bytes(1023)',
      'format_bytes(5, 0, "kb")',
    ])
      expect(() => value(e), e).toThrow(Unsupported);
  });
});

describe('erf() and erfc()', () => {
  it('give the documented tables', () => {
    expect(
      rows('range x from -3 to 3 step 1 | extend e = erf(x), c = erfc(x) | project e, c').map((r) =>
        r.map((v) => Number((v as number).toPrecision(15))),
      ),
    ).toEqual([
      [-0.999977909503001, 1.999977909503],
      [-0.995322265018953, 1.99532226501895],
      [-0.842700792949715, 1.84270079294971],
      [0, 1],
      [0.842700792949715, 0.157299207050285],
      [0.995322265018953, 0.00467773498104727],
      [0.999977909503001, 2.20904969985854e-5],
    ]);
  });

  it('agree with 30-digit references to about an ulp', () => {
    // mpmath erf/erfc at 30 digits.
    const reference: [number, number, number][] = [
      [0.3, Number('0.32862675945912742'), Number('0.67137324054087258')],
      [1, Number('0.84270079294971487'), Number('0.15729920705028513')],
      [2, Number('0.99532226501895273'), Number('0.0046777349810472658')],
      [3, Number('0.99997790950300141'), Number('2.2090496998585441e-5')],
      [5, Number('0.99999999999846254'), Number('1.5374597944280349e-12')],
    ];
    for (const [x, e, c] of reference) {
      expect(Math.abs(erf(x) - e) / e).toBeLessThan(4e-16);
      expect(Math.abs(erfc(x) - c) / c).toBeLessThan(4e-16);
    }
    expect(erf(-0.3)).toBe(-erf(0.3));
    expect(Number.isNaN(erf(NaN))).toBe(true);
  });
});

describe('beta_cdf() and beta_inv()', () => {
  it('give the documented example rows', () => {
    const cdf =
      rows(`datatable(x:double, alpha:double, beta:double)[0.9, 10.0, 20.0, 1.5, 10.0, 20.0, double(-10), 10.0, 20.0, 0.1, double(-1.0), 20.0]
      | extend b = beta_cdf(x, alpha, beta) | project b`);
    expect(Number((cdf[0]![0] as number).toPrecision(15))).toBe(0.999999999999959);
    expect(cdf.slice(1).map((r) => r[0])).toEqual(['NaN', 'NaN', 'NaN']);
    const inv = rows(`datatable(p:double, alpha:double, beta:double)[0.1, 10.0, 20.0, 1.5, 10.0, 20.0, 0.1, double(-1.0), 20.0]
      | extend b = beta_inv(p, alpha, beta) | project b`);
    expect(Number((inv[0]![0] as number).toPrecision(15))).toBe(0.226415022388749);
    expect(inv.slice(1).map((r) => r[0])).toEqual([null, 'NaN']);
  });

  it('agree with 40-digit references', () => {
    // mpmath betainc(a, b, 0, x, regularized=True).
    const reference: [number, number, number, number][] = [
      [0.3, 2.5, 3.7, 0.3190031752843087],
      [0.7, 0.5, 0.5, Number('0.63098988043445459')],
      [1e-5, 0.3, 4000, Number('0.42034426266127759')],
      [0.2, 1, 1, 0.2],
      [0.6, 200.5, 150.25, Number('0.85872452867110355')],
    ];
    for (const [x, a, b, want] of reference) expect(Math.abs(incompleteBeta(x, a, b) - want) / want).toBeLessThan(2e-15);
    expect(betaCdf(0, 2, 3)).toBe(0);
    expect(Number.isNaN(betaCdf(0.5, 10001, 3))).toBe(true);
    expect(Math.abs(betaCdf(betaInv(0.3, 2.5, 3.7)!, 2.5, 3.7) - 0.3)).toBeLessThan(1e-15);
    expect(() => betaInv(0, 2, 3)).toThrow(Unsupported);
  });
});

describe('beta_pdf()', () => {
  it('gives the documented example rows and agrees with 40-digit references', () => {
    const pdf =
      rows(`datatable(x:double, alpha:double, beta:double)[0.5, 10.0, 20.0, 1.5, 10.0, 20.0, double(-10), 10.0, 20.0, 0.1, double(-1.0), 20.0]
      | extend r = beta_pdf(x, alpha, beta) | project r`);
    expect(Math.abs((pdf[0]![0] as number) - 0.746176019310951)).toBeLessThan(1e-14);
    expect(pdf.slice(1).map((r) => r[0])).toEqual(['NaN', 'NaN', 'NaN']);
    // mpmath x**(a-1) * (1-x)**(b-1) / beta(a, b)
    const reference: [number, number, number, number][] = [
      [0.3, 2.5, 3.7, 1.916617733707162],
      [0.7, 0.5, 0.5, 0.6946091180428565],
      [0.6, 200.5, 150.25, 8.586446546230752],
      [0.2, 1, 1, 1],
    ];
    for (const [x, a, b, want] of reference) expect(Math.abs(betaPdf(x, a, b) - want) / want).toBeLessThan(1e-14);
    expect(Number.isNaN(betaPdf(0, 2, 3))).toBe(true);
    expect(value('beta_pdf(real(null), 2, 3)')).toBe(null);
  });
});

describe('bin(), floor() and bin_at() on reals', () => {
  it('floor(value / size) * size (documented examples)', () => {
    expect(value('bin(4.5, 1)')).toBe(4);
    expect(value('bin_at(6.5, 2.5, 7)')).toBe(4.5);
    expect(value('floor(7.3, 2.5)')).toBe(5);
    expect(value('bin(-0.5, 0.25)')).toBe(-0.5);
    expect(value('bin(-0.6, 0.25)')).toBe(-0.75);
    expect(value('bin(3.7, -1.0)')).toBe(null);
    expect(() => value('bin(3.7, 0.0)')).toThrow(Unsupported);
  });
});

describe('estimate_data_size()', () => {
  it('counts 8 bytes a long and a string its length (documented example)', () => {
    expect(rows("range x from 1 to 10 step 1 | extend Text = '1234567890' | summarize Total = sum(estimate_data_size(*))")).toEqual([
      [180],
    ]);
    expect(rows("print a = 'abc', b = 5 | project s = estimate_data_size(a, b)")).toEqual([[11]]);
  });

  it('refuses types whose size is not documented', () => {
    expect(() => rows('print a = 1.5 | project estimate_data_size(a)')).toThrow(Unsupported);
  });
});

describe('extract_json() / extractjson()', () => {
  const json = `'{"name": "John", "age": 30, "city": "New York", "Details": {"Response Code": 200, "Tags": ["startup", "auth"]}}'`;

  it('selects with the documented JSONPath subset and converts to the typeof() type', () => {
    expect(rows(`let json = ${json}; print extract_json("$.name", json, typeof(string))`)).toEqual([['John']]);
    expect(
      rows(
        `let json = ${json}; print a = extract_json("$.age", json, typeof(long)), b = extractjson("$.Details['Response Code']", json, typeof(int)), c = extract_json('$.Details.Tags[1]', json), d = extract_json("$['city']", json), e = extract_json("$.Details.Tags", json, typeof(dynamic))`,
      ),
    ).toEqual([[30, 200, 'auth', 'New York', ['startup', 'auth']]]);
  });

  it('gives null where the path selects nothing', () => {
    expect(
      rows(`let json = ${json}; print a = extract_json("$.missing", json, typeof(long)), b = extract_json("$.Details.Tags[5]", json)`),
    ).toEqual([[null, '']]);
  });

  it('refuses what the documentation does not define', () => {
    for (const e of [
      `extract_json("$..name", ${json})`,
      `extract_json("$.Details", ${json})`,
      `extract_json("$.name", "not json")`,
      `extract_json("$.*", ${json})`,
    ])
      expect(() => value(e), e).toThrow(Unsupported);
  });
});

describe('gzip_decompress_from_base64_string() and zlib_decompress_from_base64_string()', () => {
  it('decompress the documented examples', () => {
    expect(value('gzip_decompress_from_base64_string("H4sIAAAAAAAA/wEUAOv/MTIzNDU2Nzg5MHF3ZXJ0eXVpb3A6m7f2FAAAAA==")')).toBe(
      '1234567890qwertyuiop',
    );
    expect(value('zlib_decompress_from_base64_string("eJwLSS0uUSguKcrMS1cwNDIGACxqBQ4=")')).toBe('Test string 123');
    // The compress examples' output decompresses back (stored blocks).
    expect(value('zlib_decompress_from_base64_string("eAEBFADr/zEyMzQ1Njc4OTBxd2VydHl1aW9wOAkGdw==")')).toBe('1234567890qwertyuiop');
  });

  it('give the empty string for invalid input (documented), and for a wrong header', () => {
    expect(rows('print a = gzip_decompress_from_base64_string("x0x0x0"), b = zlib_decompress_from_base64_string("x0x0x0")')).toEqual([
      ['', ''],
    ]);
    // A zlib stream given to the gzip function: ID1/ID2 are wrong.
    expect(value('gzip_decompress_from_base64_string("eJwLSS0uUSguKcrMS1cwNDIGACxqBQ4=")')).toBe('');
  });

  it('decompress real deflate data (made by node:zlib)', async () => {
    const { gzipSync, deflateSync } = await import('node:zlib');
    const text = 'Sentinel detections, again and again and again: ünïcödé';
    const gz = gzipSync(Buffer.from(text)).toString('base64');
    const zl = deflateSync(Buffer.from(text)).toString('base64');
    expect(rows(`print a = gzip_decompress_from_base64_string("${gz}"), b = zlib_decompress_from_base64_string("${zl}")`)).toEqual([
      [text, text],
    ]);
  });

  it('refuses a corrupt check value, header flags and the compressing side', () => {
    const bad = Buffer.from('H4sIAAAAAAAA/wEUAOv/MTIzNDU2Nzg5MHF3ZXJ0eXVpb3A6m7f2FAAAAA==', 'base64');
    bad[bad.length - 8]! ^= 1;
    expect(() => value(`gzip_decompress_from_base64_string("${bad.toString('base64')}")`)).toThrow(Unsupported);
    const flagged = Buffer.from('H4sIAAAAAAAA/wEUAOv/MTIzNDU2Nzg5MHF3ZXJ0eXVpb3A6m7f2FAAAAA==', 'base64');
    flagged[3] = 8;
    expect(() => value(`gzip_decompress_from_base64_string("${flagged.toString('base64')}")`)).toThrow(Unsupported);
    expect(() => value('gzip_compress_to_base64_string("1234567890qwertyuiop")')).toThrow(Unsupported);
  });
});

describe('punycode functions', () => {
  it('encode and decode the documented examples', () => {
    expect(value("punycode_from_string('académie-française')")).toBe('acadmie-franaise-npb1a');
    expect(value("punycode_to_string('acadmie-franaise-npb1a')")).toBe('académie-française');
    expect(
      rows(
        "print domain='艺术.com' | extend domain_vec = split(domain, '.') | extend encoded_host = punycode_from_string(tostring(domain_vec[0])) | extend encoded_domain = strcat('xn--', encoded_host, '.', domain_vec[1]) | project encoded_host, encoded_domain",
      ),
    ).toEqual([['cqv902d', 'xn--cqv902d.com']]);
  });

  it('encode and decode domains label by label (documented examples)', () => {
    expect(
      rows(`datatable(encoded:string)["xn--Ge-mia.Bulg.edu", "xn--Lin-8na.Celtchair.org", "xn--Ry-lja8c.xn--Jng-uta63a.xn--Bng-9ka.com"]
        | project domain=punycode_domain_from_string(encoded)`),
    ).toEqual([['Gáe.Bulg.edu'], ['Lúin.Celtchair.org'], ['Rúyì.Jīngū.Bàng.com']]);
    expect(
      rows(`datatable(domain:string)['Lê Lợi。Thuận Thiên。com', 'Riðill｡Skáldskaparmál｡org', "Kaledvoulc'h.Artorījos.edu"]
        | project str=punycode_domain_to_string(domain)`),
    ).toEqual([
      ['xn--L Li-gpa4517b.xn--Thun Thin-s4a7194f.com'],
      ['xn--Riill-jta.xn--Skldskaparml-dbbj.org'],
      ["Kaledvoulc'h.xn--Artorjos-ejb.edu"],
    ]);
  });

  it('agrees with the RFC 3492 sample strings', () => {
    // RFC 3492 section 7.1: (A) Arabic (Egyptian), (L) Japanese with Latin, (S) "-> $1.00 <-" has no non-ASCII.
    const arabic = '\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F';
    expect(value(`punycode_from_string('${arabic}')`)).toBe('egbpdaj6bu4bxfgehfvwxn');
    expect(value(`punycode_to_string('egbpdaj6bu4bxfgehfvwxn')`)).toBe(arabic);
    expect(value("punycode_from_string('3年B組金八先生')")).toBe('3B-ww4c5e180e575a65lsy2b');
  });

  it('gives the empty string for text that is not Punycode, and refuses what the pages leave open', () => {
    expect(
      rows("print a = punycode_to_string('ab-%%'), b = punycode_to_string('académie'), c = punycode_domain_from_string('xn--!!.com')"),
    ).toEqual([['', '', '']]);
    expect(() => value("punycode_from_string('plain')")).toThrow(Unsupported);
    expect(() => value("punycode_domain_to_string('a..b')")).toThrow(Unsupported);
  });
});

describe('series_seasonal()', () => {
  it('is the per-position median across periods (documented examples)', () => {
    expect(
      rows(`print s=dynamic([1, 3, 5, 1, 3, 5, 2, 4, 6]) | union (print s=dynamic([1, 3, 5, 2, 4, 6, 1, 3, 5, 2, 4, 6]))
        | extend s_seasonal = series_seasonal(s, 3) | project s_seasonal`),
    ).toEqual([[[1, 3, 5, 1, 3, 5, 1, 3, 5]], [[1.5, 3.5, 5.5, 1.5, 3.5, 5.5, 1.5, 3.5, 5.5, 1.5, 3.5, 5.5]]]);
  });

  it('refuses the detected period and too-short series', () => {
    expect(() => value('series_seasonal(dynamic([1, 2, 3, 1, 2, 3]))')).toThrow(Unsupported);
    expect(() => value('series_seasonal(dynamic([1, 2, 3, 4]), 3)')).toThrow(Unsupported);
  });
});
