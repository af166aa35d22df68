import { expect } from '@open-wc/testing';
import { allLegislators, findDistrictByName, templatePlaceholders, type Chamber, type Legislator } from '../../src/lookup/index.js';
import { billText, buildMessages, isolateLines, lastNameOf, MAILTO_MAX, mailtoLink, parseCodes, stanceOf } from '../../src/contact/messages.js';
import { english, readerLanguage, type MessageTemplates, type Stance } from '../../src/content/scripts.js';

// Real members from the committed data, so a data refresh that breaks an assumption shows here.
function memberOf(district: string, chamber: Chamber): Legislator {
  const member = findDistrictByName(district, chamber)?.member;
  if (!member) throw new Error(`no member for ${chamber} ${district} in the data`);
  return member;
}

const rep = memberOf('7th Plymouth', 'house');
const senator = memberOf('Second Suffolk', 'senate');
const FIELDS: ReadonlyArray<keyof MessageTemplates> = ['call', 'voicemail', 'emailSubject', 'emailBody'];

const BILL_NAME = english().billName;

describe('contact data assumptions', () => {
  // The tests below lean on these; if the data changes, fix the picks here rather than the tests.
  it('7th Plymouth has a House member with a phone', () => {
    expect(rep.chamber).to.equal('house');
    expect(rep.phone).to.be.a('string');
  });
  it('the Second Suffolk senator has the member code with a space', () => expect(senator.code).to.equal('L M0'));
});

describe('stanceOf', () => {
  const cases: Array<{ name: string; member: Legislator; cosponsors?: readonly string[]; want: Stance }> = [
    { name: 'no list: ask', member: rep, want: 'ask' },
    { name: 'empty list: ask', member: rep, cosponsors: [], want: 'ask' },
    { name: 'own code: thank', member: rep, cosponsors: [rep.code], want: 'thank' },
    { name: 'code in lower case', member: rep, cosponsors: [rep.code.toLowerCase()], want: 'thank' },
    { name: 'code in upper case', member: rep, cosponsors: [rep.code.toUpperCase()], want: 'thank' },
    { name: 'padded code', member: rep, cosponsors: [`  ${rep.code} `], want: 'thank' },
    { name: 'among others', member: rep, cosponsors: ['XYZ9', rep.code, 'ABC1'], want: 'thank' },
    { name: 'someone else only', member: rep, cosponsors: [senator.code], want: 'ask' },
    // A prefix or a code with the space squeezed out is a different member, not a near miss.
    { name: 'prefix of the code', member: rep, cosponsors: [rep.code.slice(0, -1)], want: 'ask' },
    { name: 'code with a space', member: senator, cosponsors: ['L M0'], want: 'thank' },
    { name: 'code with a space, lower case', member: senator, cosponsors: ['l m0'], want: 'thank' },
    { name: 'code with the space removed', member: senator, cosponsors: ['LM0'], want: 'ask' },
  ];
  for (const c of cases) it(c.name, () => expect(stanceOf(c.member, c.cosponsors)).to.equal(c.want));

  it('the data holds lower-case codes too, and they still match', () => {
    const lower = allLegislators().find((l) => l.code !== l.code.toUpperCase());
    if (!lower) return;
    expect(stanceOf(lower, [lower.code.toUpperCase()])).to.equal('thank');
  });
});

describe('parseCodes', () => {
  const cases: Array<{ name: string; input: string | null | undefined; want: string[] }> = [
    { name: 'null attribute', input: null, want: [] },
    { name: 'undefined', input: undefined, want: [] },
    { name: 'empty', input: '', want: [] },
    { name: 'commas and spaces only', input: ' , ,, ', want: [] },
    { name: 'one code', input: 'ALS1', want: ['ALS1'] },
    { name: 'the code with a space survives', input: 'ALS1, L M0', want: ['ALS1', 'L M0'] },
    { name: 'trailing comma', input: 'ALS1,', want: ['ALS1'] },
    { name: 'padding and newlines', input: '\n  ALS1 ,\n djr1\n', want: ['ALS1', 'djr1'] },
  ];
  for (const c of cases) it(c.name, () => expect(parseCodes(c.input)).to.deep.equal(c.want));

  it('an attribute with "L M0" thanks that senator', () => {
    expect(buildMessages(senator, { town: 'Boston', cosponsors: parseCodes('ALS1, L M0') }).stance).to.equal('thank');
  });
});

describe('billText', () => {
  const cases: Array<{ name: string; input: string | undefined; want: string }> = [
    { name: 'unset', input: undefined, want: BILL_NAME },
    { name: 'empty', input: '', want: BILL_NAME },
    { name: 'whitespace only', input: '   ', want: BILL_NAME },
    { name: 'a number', input: 'H.1234', want: `${BILL_NAME} (H.1234)` },
    { name: 'padded number', input: '  S.987 ', want: `${BILL_NAME} (S.987)` },
  ];
  for (const c of cases) it(c.name, () => expect(billText(c.input)).to.equal(c.want));
  it('names the bill', () => expect(BILL_NAME).to.equal('the Safe Communities Act'));
  it('a Chinese name takes full-width brackets (review finding)', () => expect(billText('H.2580', '《安全社区法案》')).to.equal('《安全社区法案》（H.2580）'));
  it('a Latin-script name keeps ASCII brackets', () => expect(billText('H.2580', 'la Ley de Comunidades Seguras')).to.equal('la Ley de Comunidades Seguras (H.2580)'));
});

describe('lastNameOf', () => {
  const cases: Array<{ name: string; input: string; want: string }> = [
    { name: 'two words', input: 'Liz Miranda', want: 'Miranda' },
    { name: 'middle initial', input: 'Michael J. Barrett', want: 'Barrett' },
    { name: 'hyphenated', input: 'Alyson Sullivan-Almeida', want: 'Sullivan-Almeida' },
    { name: 'apostrophe', input: "Patrick O'Connor", want: "O'Connor" },
    { name: '"Jr." suffix', input: 'Paul McMurtry Jr.', want: 'McMurtry' },
    { name: '", Jr." suffix', input: 'Paul McMurtry, Jr.', want: 'McMurtry' },
    { name: '"Jr" without dot', input: 'Paul McMurtry Jr', want: 'McMurtry' },
    { name: '"Sr." suffix', input: 'John Smith Sr.', want: 'Smith' },
    { name: 'roman numeral', input: 'Thomas Walsh III', want: 'Walsh' },
    { name: 'hyphenated with suffix', input: 'Kate Lipper-Garabedian Jr.', want: 'Lipper-Garabedian' },
    { name: 'extra whitespace', input: '  Lisa   Field  ', want: 'Field' },
    { name: 'one word', input: 'Cher', want: 'Cher' },
    // A lone "Jr." is all there is; better to say it than to say nothing.
    { name: 'only a suffix', input: 'Jr.', want: 'Jr.' },
  ];
  for (const c of cases) it(c.name, () => expect(lastNameOf(c.input)).to.equal(c.want));
});

describe('buildMessages', () => {
  const ask = buildMessages(rep, { town: 'Abington' });
  const thank = buildMessages(rep, { town: 'Abington', cosponsors: [rep.code] });
  const senatorAsk = buildMessages(senator, { town: 'Boston' });

  it('addresses a House member as Representative <last name>', () => {
    const title = `Representative ${lastNameOf(rep.name)}`;
    for (const field of ['call', 'voicemail', 'emailBody'] as const) expect(ask[field], field).to.include(title);
    expect(ask.emailBody.startsWith(`Dear ${title},`)).to.equal(true);
  });

  it('addresses a senator as Senator <last name>', () => {
    expect(senatorAsk.call).to.include('Senator Miranda');
    expect(senatorAsk.emailBody.startsWith('Dear Senator Miranda,')).to.equal(true);
  });

  it('uses the whole hyphenated surname', () => {
    expect(ask.call).to.include('Representative Sullivan-Almeida');
  });

  it("names the reader's town and the district", () => {
    for (const field of ['call', 'voicemail', 'emailBody'] as const) expect(ask[field], field).to.include('Abington');
    expect(ask.emailBody).to.include('the 7th Plymouth district');
    expect(senatorAsk.emailBody).to.include('the Second Suffolk district');
  });

  it("leaves [your name] for the reader", () => {
    expect(ask.call).to.include('[your name]');
    expect(ask.emailBody).to.include('[your name]');
  });

  it('asks, or thanks a co-sponsor', () => {
    expect(ask.stance).to.equal('ask');
    expect(ask.call).to.include('co-sponsor and vote for');
    expect(ask.emailSubject).to.equal(`Please support ${BILL_NAME}`);
    expect(thank.stance).to.equal('thank');
    expect(thank.call).to.include('thank Representative Sullivan-Almeida');
    expect(thank.emailSubject).to.equal(`Thank you for co-sponsoring ${BILL_NAME}`);
    expect(thank.call).not.to.equal(ask.call);
  });

  describe('bill numbers per chamber', () => {
    const numbered = `${BILL_NAME} (H.1234)`;
    const cases: Array<{ name: string; member: Legislator; billHouse?: string; billSenate?: string; want: string }> = [
      { name: 'House member, House number', member: rep, billHouse: 'H.1234', want: numbered },
      { name: 'House member, both numbers', member: rep, billHouse: 'H.1234', billSenate: 'S.987', want: numbered },
      // The other chamber's number would send the reader asking about the wrong bill.
      { name: 'House member, Senate number only', member: rep, billSenate: 'S.987', want: BILL_NAME },
      { name: 'senator, Senate number', member: senator, billSenate: 'S.987', want: `${BILL_NAME} (S.987)` },
      { name: 'senator, both numbers', member: senator, billHouse: 'H.1234', billSenate: 'S.987', want: `${BILL_NAME} (S.987)` },
      { name: 'senator, House number only', member: senator, billHouse: 'H.1234', want: BILL_NAME },
      { name: 'neither set', member: rep, want: BILL_NAME },
      { name: 'blank number', member: rep, billHouse: '  ', want: BILL_NAME },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const m = buildMessages(c.member, { town: 'Abington', billHouse: c.billHouse, billSenate: c.billSenate });
        for (const field of FIELDS) expect(m[field], field).to.include(c.want);
        // Plain name expected: no "(…)" after it anywhere.
        if (c.want === BILL_NAME) expect(m.emailBody).not.to.include(`${BILL_NAME} (`);
        if (c.want !== numbered) expect(m.emailBody).not.to.include('H.1234');
      });
    }
  });

  describe('partner template overrides', () => {
    const cases: Array<{ name: string; stance: Stance; field: keyof MessageTemplates; template: string; want: string }> = [
      { name: 'ask subject', stance: 'ask', field: 'emailSubject', template: 'Vote for {bill}, {title} {lastName}', want: `Vote for ${BILL_NAME}, Representative Sullivan-Almeida` },
      { name: 'ask call', stance: 'ask', field: 'call', template: 'Hi from {town} about {district}.', want: 'Hi from Abington about 7th Plymouth.' },
      { name: 'thank voicemail', stance: 'thank', field: 'voicemail', template: 'Thanks, {name}!', want: 'Thanks, Alyson Sullivan-Almeida!' },
      { name: 'thank body', stance: 'thank', field: 'emailBody', template: '{organization} thanks you.', want: 'Example Org thanks you.' },
    ];
    for (const c of cases) {
      it(`${c.name}: replaces only that field of that stance`, () => {
        const context = { town: 'Abington', organization: 'Example Org', templates: { [c.stance]: { [c.field]: c.template } } };
        const cosponsors = c.stance === 'thank' ? [rep.code] : [];
        const plain = buildMessages(rep, { town: 'Abington', organization: 'Example Org', cosponsors });
        const custom = buildMessages(rep, { ...context, cosponsors });
        for (const field of FIELDS) expect(custom[field], field).to.equal(field === c.field ? c.want : plain[field]);
        // The same override must not leak into the other stance.
        const other = buildMessages(rep, { ...context, cosponsors: c.stance === 'thank' ? [] : [rep.code] });
        const otherPlain = buildMessages(rep, { town: 'Abington', organization: 'Example Org', cosponsors: c.stance === 'thank' ? [] : [rep.code] });
        for (const field of FIELDS) expect(other[field], `other stance ${field}`).to.equal(otherPlain[field]);
      });
    }

    it('an overridden subject flows into the mailto link', () => {
      const m = buildMessages(rep, { town: 'Abington', templates: { ask: { emailSubject: 'Act now & vote?' } } });
      expect(m.mailto).to.include('subject=Act%20now%20%26%20vote%3F&');
    });

    it('{organization} is empty when no organization is set', () => {
      const m = buildMessages(rep, { town: 'Abington', templates: { ask: { call: '[{organization}]' } } });
      expect(m.call).to.equal('[]');
    });

    it('a placeholder the partner mistyped stays visible rather than vanishing', () => {
      const m = buildMessages(rep, { town: 'Abington', templates: { ask: { call: 'Call {phone}' } } });
      expect(m.call).to.equal('Call {phone}');
    });

    it('the town is inserted as text, never re-read as a placeholder', () => {
      const m = buildMessages(rep, { town: '{lastName}' });
      expect(m.call).to.include('I live in {lastName}.');
    });
  });

  it('fills every default placeholder for every legislator, both stances', () => {
    const problems: string[] = [];
    for (const member of allLegislators()) {
      for (const cosponsors of [[], [member.code]]) {
        const m = buildMessages(member, { town: 'Abington', billHouse: 'H.1234', billSenate: 'S.987', cosponsors });
        for (const field of FIELDS) {
          // No braces at all: the defaults contain none of their own, so any left is an unfilled slot.
          if (/[{}]/.test(m[field]) || templatePlaceholders(m[field]).length) problems.push(`${member.code} ${m.stance} ${field}: ${m[field]}`);
          if (/undefined|null/.test(m[field])) problems.push(`${member.code} ${m.stance} ${field} has undefined/null`);
        }
        if (!m.call.includes(`${member.chamber === 'house' ? 'Representative' : 'Senator'} ${lastNameOf(member.name)}`)) {
          problems.push(`${member.code}: call does not name ${member.name}`);
        }
      }
    }
    expect(problems.slice(0, 10), `${problems.length} problems`).to.deep.equal([]);
  });

  it('every default template uses only the documented placeholders', () => {
    const documented = ['title', 'name', 'lastName', 'district', 'town', 'bill', 'organization'];
    for (const stance of ['ask', 'thank'] as const) {
      for (const field of FIELDS) expect(templatePlaceholders(english().templates[stance][field])).to.satisfy((names: string[]) => names.every((n) => documented.includes(n)));
    }
  });

  describe('tel and mailto', () => {
    it('tel: is the full capitol number in international form', () => {
      expect(ask.tel).to.equal(`tel:+1-${rep.phone}`);
      expect(ask.tel).to.match(/^tel:\+1-617-722-\d{4}$/);
    });

    it('no phone listed → tel is null', () => {
      expect(buildMessages({ ...rep, phone: null }, { town: 'Fall River' }).tel).to.equal(null);
    });

    it('no email published yet (a new member) → mailto is null', () => {
      expect(buildMessages({ ...rep, email: '' }, { town: 'Abington' }).mailto).to.equal(null);
    });

    it('mailto goes to the legislator', () => {
      expect(ask.mailto?.startsWith(`mailto:${rep.email}?subject=`)).to.equal(true);
    });

    it('every legislator with an email gets a mailto whose subject and body round-trip', () => {
      for (const member of allLegislators().filter((l) => l.email)) {
        const m = buildMessages(member, { town: 'Abington' });
        const url = new URL(m.mailto!);
        expect(url.protocol).to.equal('mailto:');
        const params = parseMailtoQuery(m.mailto!);
        expect(params.subject, member.code).to.equal(m.emailSubject);
        expect(params.body, member.code).to.equal(m.emailBody.replace(/\n/g, '\r\n'));
        expect(m.mailtoHasBody, member.code).to.equal(true);
        expect(m.mailto!.length, member.code).to.be.at.most(MAILTO_MAX);
      }
    });

    it(`a body that would make the link longer than ${MAILTO_MAX} characters: the subject only, and mailtoHasBody false`, () => {
      const emailBody = `Dear {title} {lastName},\n\n${'ندعوكم إلى دعم هذا المشروع. '.repeat(24)}`;
      const fits = buildMessages(rep, { town: 'Abington', templates: { ask: { emailBody: 'Dear {title} {lastName}, please.' } } });
      expect(fits.mailtoHasBody).to.equal(true);
      const long = buildMessages(rep, { town: 'Abington', templates: { ask: { emailBody } } });
      expect(mailtoLink(rep.email, long.emailSubject, long.emailBody).length).to.be.above(MAILTO_MAX);
      expect(long.mailtoHasBody).to.equal(false);
      expect(long.mailto!.length).to.be.at.most(MAILTO_MAX);
      const params = parseMailtoQuery(long.mailto!);
      expect(params.subject).to.equal(long.emailSubject);
      expect(params.body).to.equal('');
      // The text itself is whole, for the reader to copy.
      expect(long.emailBody).to.contain('ندعوكم');
      expect(buildMessages({ ...rep, email: '' }, { town: 'Abington', templates: { ask: { emailBody } } }).mailtoHasBody).to.equal(false);
    });
  });
});

/** Splits a mailto query by hand: URLSearchParams would read "+" as a space, which RFC 6068 does not. */
function parseMailtoQuery(mailto: string): Record<string, string> {
  const query = mailto.slice(mailto.indexOf('?') + 1);
  return Object.fromEntries(
    query.split('&').map((pair) => {
      const eq = pair.indexOf('=');
      return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))];
    }),
  );
}

describe('mailtoLink (RFC 6068)', () => {
  const cases: Array<{ name: string; subject: string; body: string; includes: string[]; excludes?: RegExp[] }> = [
    { name: 'spaces are %20, not +', subject: 'a b', body: 'c d', includes: ['subject=a%20b', 'body=c%20d'], excludes: [/\+/] },
    { name: 'LF becomes CRLF', subject: 's', body: 'one\ntwo', includes: ['body=one%0D%0Atwo'] },
    { name: 'CRLF is not doubled', subject: 's', body: 'one\r\ntwo', includes: ['body=one%0D%0Atwo'], excludes: [/%0D%0D/] },
    // Unencoded, "&" would start a new header and "?" or "#" would cut the body short.
    { name: '& ? # = in the body', subject: 's', body: 'a&b?c#d=e', includes: ['body=a%26b%3Fc%23d%3De'] },
    { name: '& in the subject', subject: 'you & me', body: 'b', includes: ['subject=you%20%26%20me&body=b'] },
    { name: 'percent sign', subject: '100%', body: '50% off', includes: ['subject=100%25', 'body=50%25%20off'] },
    { name: 'plus sign', subject: 'a+b', body: 'c', includes: ['subject=a%2Bb'] },
    { name: 'non-ASCII as UTF-8', subject: 'Gómez’s', body: 'é', includes: ['subject=G%C3%B3mez%E2%80%99s', 'body=%C3%A9'] },
    { name: 'empty subject and body', subject: '', body: '', includes: ['?subject=&body='] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const link = mailtoLink('jane.doe@mahouse.gov', c.subject, c.body);
      expect(link.startsWith('mailto:jane.doe@mahouse.gov?subject=')).to.equal(true);
      for (const part of c.includes) expect(link).to.include(part);
      for (const bad of c.excludes ?? []) expect(link.slice(link.indexOf('?'))).not.to.match(bad);
      // Only the two headers, whatever the text held.
      expect(link.slice(link.indexOf('?') + 1).split('&').map((p) => p.split('=')[0])).to.deep.equal(['subject', 'body']);
      const params = parseMailtoQuery(link);
      expect(params.subject).to.equal(c.subject.replace(/\r?\n/g, '\r\n'));
      expect(params.body).to.equal(c.body.replace(/\r?\n/g, '\r\n'));
    });
  }

  it('the default email body has only CRLF line breaks', () => {
    const link = buildMessages(rep, { town: 'Abington' }).mailto!;
    expect(link).to.include('%0D%0A%0D%0A');
    expect(link).not.to.match(/(?<!%0D)%0A/);
    expect(link).not.to.match(/[\s"<>\\^`{|}]/);
  });

  it('a reader town with & and ? cannot add headers', () => {
    const link = buildMessages(rep, { town: 'Here & There?cc=x@example.com' }).mailto!;
    expect(link).to.include('Here%20%26%20There%3Fcc%3Dx%40example.com');
    expect(Object.keys(parseMailtoQuery(link))).to.deep.equal(['subject', 'body']);
  });
});

describe('english().templates', () => {
  for (const stance of ['ask', 'thank'] as const) {
    for (const field of FIELDS) {
      it(`${stance}.${field} names the legislator or the bill`, () => {
        const template = english().templates[stance][field];
        expect(template.trim()).not.to.equal('');
        expect(templatePlaceholders(template)).to.include('bill');
        if (field !== 'emailSubject') expect(templatePlaceholders(template)).to.include.members(['title', 'lastName', 'town']);
      });
    }
  }

  it('the thank scripts thank and the ask scripts ask', () => {
    for (const field of FIELDS) expect(english().templates.thank[field].toLowerCase(), field).to.include('thank');
    expect(english().templates.ask.call).to.include('co-sponsor and vote');
  });
});

describe('partner templates that are not usable text keep the default', () => {
  const defaults = buildMessages(rep, { town: 'Abington' });
  const cases: Array<{ name: string; call: unknown }> = [
    { name: 'undefined', call: undefined },
    { name: 'null', call: null },
    { name: 'a number', call: 42 },
    { name: 'an empty string', call: '' },
    { name: 'only spaces', call: '   ' },
  ];
  for (const { name, call } of cases) {
    it(name, () => {
      const templates = { ask: { call } } as unknown as Parameters<typeof buildMessages>[1]['templates'];
      expect(buildMessages(rep, { town: 'Abington', templates }).call).to.equal(defaults.call);
    });
  }

  it('a templates value that is not an object is ignored', () => {
    const templates = { ask: 'call me' } as unknown as Parameters<typeof buildMessages>[1]['templates'];
    expect(buildMessages(rep, { town: 'Abington', templates })).to.deep.equal(defaults);
  });
});

describe('mailtoLink line breaks', () => {
  for (const [name, body] of [['LF', 'a\nb'], ['CRLF', 'a\r\nb'], ['lone CR', 'a\rb']] as const) {
    it(`${name} becomes %0D%0A`, () => {
      expect(mailtoLink('x@mahouse.gov', 's', body)).to.equal('mailto:x@mahouse.gov?subject=s&body=a%0D%0Ab');
    });
  }
});

describe('the English scripts', () => {
  it('are the source text of the messages, read in English whatever language is active later', () => {
    // english() is read while the module loads; readerLanguage() here runs in the source locale too.
    const current = readerLanguage();
    expect(english().templates).to.deep.equal(current.templates);
    expect(english().titles).to.deep.equal({ house: 'Representative', senate: 'Senator', speaker: 'Speaker', president: 'President', governor: 'Governor' });
    expect(english().templates.ask.call).to.match(/^Hello, my name is \[your name\], and I live in \{town\}\./);
    expect(english().templates.thank.emailSubject).to.equal('Thank you for co-sponsoring {bill}');
  });
});

describe('right-to-left emails (review finding: Arabic in a left-to-right mail program)', () => {
  it('puts each non-empty line between RLI and PDI, leaving blank lines and the line count alone', () => {
    expect(isolateLines('حضرة النائب Smith،\n\nأسكن في Abington.')).to.equal('\u2067حضرة النائب Smith،\u2069\n\n\u2067أسكن في Abington.\u2069');
    expect(isolateLines('')).to.equal('');
  });

  it('isolates the subject and every paragraph of the body for a right-to-left language only', () => {
    const rtl = buildMessages(rep, { town: 'Abington' }, undefined, 'rtl');
    const ltr = buildMessages(rep, { town: 'Abington' });
    expect(ltr.emailBody).not.to.match(/[\u2067\u2069]/);
    expect(rtl.emailSubject.startsWith('\u2067') && rtl.emailSubject.endsWith('\u2069')).to.equal(true);
    const lines = rtl.emailBody.split('\n');
    expect(lines.length).to.equal(ltr.emailBody.split('\n').length);
    for (const line of lines) if (line.trim()) expect(line, line).to.match(/^\u2067[^\u2067\u2069]*\u2069$/);
    expect(decodeURIComponent(rtl.mailto!)).to.contain('\u2067');
  });
});

describe('the asks (ask)', () => {
  const ASK_PHRASES = {
    cosponsor: { ask: 'to co-sponsor and vote for', thank: 'for co-sponsoring' },
    'budget-amendment': { ask: 'adds the protections of', thank: 'keep it in the final budget' },
    'report-out': { ask: 'report the Safe Communities Act (H.2580) out of committee favorably', thank: 'still waiting in committee' },
    'floor-vote': { ask: 'press leadership to bring', thank: 'press leadership to bring it to a vote now' },
  } as const;
  for (const [ask, phrases] of Object.entries(ASK_PHRASES) as Array<[keyof typeof ASK_PHRASES, (typeof ASK_PHRASES)[keyof typeof ASK_PHRASES]]>) {
    it(`${ask}: its own call, voicemail and email, and a thank variant for co-sponsors`, () => {
      const context = { town: 'Abington', ask, billHouse: 'H.2580', amendmentHouse: '1031' };
      const asked = buildMessages(rep, context);
      const thanked = buildMessages(rep, { ...context, cosponsors: [rep.code] });
      expect(asked.stance).to.equal('ask');
      expect(asked.call).to.contain(phrases.ask).and.to.contain(`Representative ${lastNameOf(rep.name)}`).and.to.contain('Abington');
      expect(thanked.stance).to.equal('thank');
      expect(thanked.call).to.contain(phrases.thank).and.to.contain('thank');
      for (const field of FIELDS) {
        expect(asked[field], field).not.to.match(/\{\w+\}/);
        expect(thanked[field], field).not.to.match(/\{\w+\}/);
      }
      // Every ask's texts are its own, except sentences several share.
      for (const other of Object.keys(ASK_PHRASES).filter((name) => name !== ask)) {
        expect(english(other as typeof ask).templates.ask.call).not.to.equal(english(ask).templates.ask.call);
      }
    });
  }

  it('budget-amendment names the amendment by its number per chamber, "#" or not, and the bill beside it', () => {
    const context = { town: 'Pittsfield', ask: 'budget-amendment' as const, billHouse: 'H.2580', amendmentHouse: '#1031', amendmentSenate: '512' };
    expect(buildMessages(rep, context).call).to.contain('co-sponsor and vote for the Safe Communities Act budget amendment (Amendment #1031)').and.to.contain('(H.2580)');
    expect(buildMessages(senator, context).call).to.contain('(Amendment #512)');
    expect(buildMessages(senator, { ...context, amendmentSenate: ' ' }).call).to.contain('vote for the Safe Communities Act budget amendment. It adds');
  });

  it('an unknown ask gets the default scripts', () => {
    expect(buildMessages(rep, { town: 'Abington', ask: 'bribe' as never }).call).to.equal(buildMessages(rep, { town: 'Abington' }).call);
  });
});

describe('the extra targets (also-contact)', () => {
  const governor = { code: '', name: 'Maura Healey', chamber: null, district: '', phone: '617-725-4005', email: '' } as const;
  const context = { town: 'Pittsfield', ask: 'budget-amendment' as const, billHouse: 'H.2580', billSenate: 'S.1681', cosponsors: [rep.code, senator.code] };

  it('a committee chair is asked, as chair of the committee, to report the bill favorably', () => {
    const m = buildMessages(rep, context, english('budget-amendment'), 'ltr', { kind: 'committee', committee: 'Joint Committee on Public Safety and Homeland Security' });
    expect(m.stance, 'a chair is asked for what the office can do, not thanked').to.equal('ask');
    expect(m.call).to.contain(`ask Representative ${lastNameOf(rep.name)}, as chair of the Joint Committee on Public Safety and Homeland Security, to report the Safe Communities Act (H.2580) out of committee favorably`);
    expect(m.emailSubject).to.equal('As committee chair, please move the Safe Communities Act (H.2580) forward');
  });

  it('leadership is addressed by its title and asked to bring the bill to a vote', () => {
    const m = buildMessages(senator, context, english(), 'ltr', { kind: 'leadership', title: 'president' });
    expect(m.call).to.contain(`ask President ${lastNameOf(senator.name)} to bring the Safe Communities Act (S.1681) to a vote`);
    expect(buildMessages(rep, context, english(), 'ltr', { kind: 'leadership', title: 'speaker' }).voicemail).to.contain(`Speaker ${lastNameOf(rep.name)}`);
  });

  it('the governor has no chamber: both bill numbers, no district, a phone and no mailto', () => {
    const m = buildMessages(governor, context, english(), 'ltr', { kind: 'governor' });
    expect(m.call).to.contain('ask Governor Healey to support the Safe Communities Act (H.2580, S.1681), to sign it');
    expect(m.emailBody).to.match(/^Dear Governor Healey,\n\nI live in Pittsfield\. I am writing/);
    expect(m.tel).to.equal('tel:+1-617-725-4005');
    expect(m.mailto).to.equal(null);
  });

  it('another member is asked to co-sponsor and press for a vote, and partner templates stay with the ask', () => {
    const templates = { ask: { call: 'Our own words to {title} {lastName}.' } };
    expect(buildMessages(rep, { ...context, templates, cosponsors: [] }).call).to.equal(`Our own words to Representative ${lastNameOf(rep.name)}.`);
    const member = buildMessages(rep, { ...context, templates, cosponsors: [] }, english(), 'ltr', { kind: 'member' });
    expect(member.stance).to.equal('ask');
    expect(member.call).to.contain('to co-sponsor and vote for the Safe Communities Act (H.2580), and to press leadership');
  });

  it('another member who co-sponsors is thanked: the ask\'s thank-you call, and an email that claims no district', () => {
    const last = lastNameOf(rep.name);
    for (const ask of ['cosponsor', 'budget-amendment', 'report-out', 'floor-vote'] as const) {
      const own = { ...context, ask, amendmentHouse: '1031' };
      const member = buildMessages(rep, { ...own, templates: { thank: { call: 'Our own thanks.' } } }, english(ask), 'ltr', { kind: 'member' });
      expect(member.stance, ask).to.equal('thank');
      // The ask's own thank-you, not the partner's (which is for the reader's own legislators).
      expect(member.call, ask).to.equal(buildMessages(rep, own, english(ask)).call);
      expect(member.call, ask).to.contain(`thank Representative ${last} for co-sponsoring`);
      const thanked = ask !== 'budget-amendment' ? 'the Safe Communities Act (H.2580).' : 'the Safe Communities Act budget amendment (Amendment #1031), which adds the protections of the Safe Communities Act (H.2580) to the state budget.';
      expect(member.emailBody, ask).to.contain(`Dear Representative ${last},\n\nI live in Pittsfield. Thank you for co-sponsoring ${thanked}`);
      expect(member.emailBody, `${ask}: the reader does not live in their district`).not.to.match(/district/i);
      // Nothing about the bill's stage that the ask may contradict (a floor vote's bill is out of committee).
      expect(member.emailBody, `${ask}: no committee step`).not.to.match(/committee|report it out/i);
      if (ask !== 'budget-amendment') expect(member.emailBody, ask).to.contain('Please use your voice to bring it to a vote this session');
      expect(buildMessages(rep, own, english(ask)).emailBody, 'the own legislator\'s email still names it').to.contain(`in the ${rep.district} district`);
    }
  });

  it('every target script fills every placeholder it uses', () => {
    for (const [kind, templates] of Object.entries(english().targets)) {
      for (const field of FIELDS) {
        expect(templatePlaceholders(templates[field]).every((name) => ['title', 'lastName', 'town', 'bill', 'committee'].includes(name)), `${kind}.${field}`).to.equal(true);
      }
    }
  });
});
