// The console's mapping of the API's userErrors onto form inputs (admin/src/dataProvider/errors.ts), and the rules it
// checks in the browser before the server does: offices (admin/src/offices/rules.ts, mirroring api/src/common/phones.ts)
// and the applicant's IIN (admin/src/applications/iin.ts, mirroring api/src/modules/applications/iin.ts).
import { HttpError } from 'ra-core';
import { isFormField, mutate, validationError } from '../../admin/src/dataProvider/errors';
import { hoursProblems, normalisePhone } from '../../admin/src/offices/rules';
import { normalisePhone as serverNormalisePhone } from '../../api/src/common/phones';
import { iinBirthDate, iinProblem } from '../../admin/src/applications/iin';
import { iinBirthDate as serverIinBirthDate, iinProblem as serverIinProblem, makeIin } from '../../api/src/modules/applications/iin';

// react-admin's UI half does not load under Jest's CommonJS; the console code here needs only ra-core's HttpError.
jest.mock('react-admin', () => jest.requireActual('ra-core'));

const OFFICE_FIELDS = ['regionCode', 'kind', 'name.kk', 'name.ru', 'name.en', 'postcode', 'phones.*', 'openingHours.*'];

describe('userErrors on form inputs', () => {
  test('nested paths land on nested inputs: input.phones.0 → phones.0, input.name.kk → name.kk', () => {
    const error = validationError(
      [
        { path: ['input', 'phones', '0'], message: '"12-34" is not a Kazakhstan phone number', code: 'INVALID' },
        { path: ['input', 'name', 'kk'], message: 'The Kazakh text is required.', code: 'INVALID' },
        { path: ['input', 'openingHours', '1', 'closes'], message: 'Closing time must be HH:MM, after opening.', code: 'INVALID' },
      ],
      OFFICE_FIELDS,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({
      'phones.0': '"12-34" is not a Kazakhstan phone number',
      'name.kk': 'The Kazakh text is required.',
      'openingHours.1.closes': 'Closing time must be HH:MM, after opening.',
      root: { serverError: 'ra.message.invalid_form' },
    });
  });

  test('a translated message replaces the server\'s English for known fields; codes keep their own', () => {
    const error = validationError(
      [
        { path: ['input', 'phones', '2'], message: 'bad', code: 'INVALID' },
        { path: ['input', 'regionCode'], message: 'No region has the code "KZ-XXX".', code: 'NOT_FOUND' },
      ],
      OFFICE_FIELDS,
      (field) => (field.startsWith('phones.') ? 'app.offices.errors.phone' : undefined),
    );
    expect(error.body.errors['phones.2']).toBe('app.offices.errors.phone');
    expect(error.body.errors.regionCode).toBe('app.errors.NOT_FOUND');
  });

  test('problems outside the form (a stale version, the whole phone list) go to the notification, not onto an input', () => {
    const error = validationError(
      [
        { path: ['version'], message: 'changed by someone else', code: 'CONFLICT' },
        { path: ['input', 'phones'], message: 'At most 10 phone numbers.', code: 'INVALID' },
      ],
      OFFICE_FIELDS,
    );
    expect(error.body.errors).toEqual({ root: { serverError: 'app.errors.CONFLICT' } });
    expect(error.message).toBe('app.errors.CONFLICT');
  });

  test('a problem about no input of the form keeps a translated message when the console has one, and a step no longer possible is translated', () => {
    const ended = validationError([{ path: ['id'], message: 'The term ended on 2026-02-05: it can only be extended before it runs out.', code: 'INVALID' }], ['reason'], (field) =>
      field === 'id' ? 'app.applications.errors.term_ended' : undefined,
    );
    expect(ended.body.errors).toEqual({ root: { serverError: 'app.applications.errors.term_ended' } });
    const transition = validationError([{ path: ['id'], message: '"START" is not possible from READY', code: 'INVALID_TRANSITION' }], []);
    expect(transition.message).toBe('app.errors.INVALID_TRANSITION');
  });

  test('patterns: exact names, and "prefix.*" for everything under an array input', () => {
    expect(isFormField('phones.0', OFFICE_FIELDS)).toBe(true);
    expect(isFormField('phones', OFFICE_FIELDS)).toBe(false);
    expect(isFormField('phonesX.0', OFFICE_FIELDS)).toBe(false);
    expect(isFormField('name.kk', OFFICE_FIELDS)).toBe(true);
    expect(isFormField('name', OFFICE_FIELDS)).toBe(false);
    expect(isFormField('login', ['login'])).toBe(true);
  });

  test('mutate rejects with the mapped error when the payload has userErrors', async () => {
    const run = async () => ({ office: null, userErrors: [{ field: ['input', 'postcode'], message: 'A postcode has six digits', code: 'INVALID' }] });
    await expect(mutate(run, OFFICE_FIELDS)).rejects.toMatchObject({ status: 400, body: { errors: { postcode: 'A postcode has six digits' } } });
  });
});

describe('office rules checked in the browser', () => {
  test.each([
    '8 (7142) 50-14-66',
    '+7 701 123 45 67',
    '87172721854',
    '7172721854',
    '8(7172) 61-84-11',
    '12-34',
    '+8 717 272 18 54',
    '8 (6142) 50-14-66',
    '1234567890',
    'phone',
    '',
  ])('"%s" is judged as the API judges it', (printed) => {
    expect(normalisePhone(printed)).toBe(serverNormalisePhone(printed.trim()));
  });

  test('"12-34" is refused and "8 (7142) 50-14-66" becomes +77142501466', () => {
    expect(normalisePhone('12-34')).toBeNull();
    expect(normalisePhone('8 (7142) 50-14-66')).toBe('+77142501466');
  });

  test('opening hours: HH:MM, closing after opening, the lunch break inside the hours', () => {
    expect(hoursProblems({ days: ['MON'], opens: '09:00', closes: '18:00', lunchFrom: '13:00', lunchTo: '14:00' })).toEqual({});
    expect(hoursProblems({ days: [], opens: '9:00', closes: '18:00' })).toEqual({ days: 'app.offices.errors.days', opens: 'app.offices.errors.time' });
    expect(hoursProblems({ days: ['MON'], opens: '18:00', closes: '09:00' })).toEqual({ closes: 'app.offices.errors.closes_after_opens' });
    expect(hoursProblems({ days: ['MON'], opens: '09:00', closes: '18:00', lunchFrom: '13:00' })).toEqual({ lunchTo: 'app.offices.errors.lunch_both' });
    expect(hoursProblems({ days: ['MON'], opens: '09:00', closes: '18:00', lunchFrom: '08:00', lunchTo: '09:30' })).toEqual({ lunchFrom: 'app.offices.errors.lunch_inside' });
  });
});

describe('the IIN, checked in the browser as the API checks it', () => {
  test('valid numbers pass and give their birth date; each kind of mistake is named', () => {
    for (const [birth, male, serial] of [['1990-04-12', true, 1], ['1985-11-03', false, 77], ['2003-02-28', true, 9999], ['1899-12-31', false, 5]] as const) {
      const iin = makeIin(birth, male, serial);
      expect(iinProblem(iin)).toBeNull();
      expect(iinBirthDate(iin)).toBe(birth);
    }
    const iin = makeIin('1990-04-12', true, 1);
    expect(iinProblem(iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10))).toBe('checksum');
    expect(iinProblem('90041231001')).toBe('format');
    expect(iinProblem('900412710015')).toBe('century');
    expect(iinProblem('901332310015')).toBe('birth_date');
  });

  test('the same verdict as the API on a thousand numbers, valid or not', () => {
    for (let n = 0; n < 1000; n++) {
      const candidate = String(900412300000 + n * 7919).padStart(12, '0');
      expect(iinProblem(candidate) === null).toBe(serverIinProblem(candidate) === null);
      if (!iinProblem(candidate)) expect(iinBirthDate(candidate)).toBe(serverIinBirthDate(candidate));
    }
  });
});
