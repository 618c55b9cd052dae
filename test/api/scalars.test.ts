import { Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar, DateTimeScalar, isIsoDate } from '../../api/src/common/scalars';

describe('the Date scalar', () => {
  test.each(['2009-12-29', '2012-02-29', '2030-01-01'])('accepts the calendar date %s', (d) => {
    expect(DateScalar.parseValue(d)).toBe(d);
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: d })).toBe(d);
  });

  test.each(['2013-02-29', '2009-13-01', '29.12.2009', '2009-12-29T00:00:00Z', '', 20091229])('refuses %p with a BAD_USER_INPUT error', (d) => {
    expect(isIsoDate(d)).toBe(false);
    expect(() => DateScalar.parseValue(d)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });

  test('serialises a Date by its UTC day and a string as it is', () => {
    expect(DateScalar.serialize(new Date('2014-03-11T00:00:00Z'))).toBe('2014-03-11');
    expect(DateScalar.serialize('2014-03-11')).toBe('2014-03-11');
    for (const bad of ['29.12.2009', '2009-12-29T00:00:00Z', 20091229]) expect(() => DateScalar.serialize(bad)).toThrow();
  });
});

describe('the DateTime scalar', () => {
  test("answers with graphql-scalars' ISO text, as a string (no Date left for JSON.stringify to convert)", () => {
    for (const value of [new Date('2026-03-20T04:05:06.789Z'), '2026-03-20T09:05:06.789+05:00', 1774000000000]) {
      const out = DateTimeScalar.serialize(value);
      expect(typeof out).toBe('string');
      expect(out).toBe(JSON.parse(JSON.stringify(DateTimeResolver.serialize(value))));
    }
    expect(DateTimeScalar.serialize(new Date('2026-03-20T04:05:06.789Z'))).toBe('2026-03-20T04:05:06.789Z');
    expect(() => DateTimeScalar.serialize(new Date('not a date'))).toThrow();
    expect(() => DateTimeScalar.serialize('yesterday')).toThrow();
  });

  test('parses and refuses like graphql-scalars', () => {
    expect(DateTimeScalar.parseValue('2026-03-20T09:05:06+05:00')).toEqual(new Date('2026-03-20T04:05:06Z'));
    expect(() => DateTimeScalar.parseValue('20.03.2026')).toThrow();
    expect(DateTimeScalar.name).toBe('DateTime');
  });
});
