import { expect } from '@open-wc/testing';
import { fillTemplate, missingPlaceholders, templatePlaceholders, type TemplateValues } from '../../src/lookup/index.js';

describe('fillTemplate', () => {
  const values: TemplateValues = { name: 'Rep. Jane Doe', town: 'Abington', count: 3, phone: null, empty: '' };
  const cases: Array<{ name: string; template: string; want: string }> = [
    { name: 'fills placeholders', template: 'Dear {name}, I live in {town}.', want: 'Dear Rep. Jane Doe, I live in Abington.' },
    { name: 'the same placeholder twice', template: '{town} and {town}', want: 'Abington and Abington' },
    { name: 'numbers become text', template: '{count} protections', want: '3 protections' },
    { name: 'spaces inside braces', template: '{ name }', want: 'Rep. Jane Doe' },
    { name: 'unknown placeholder stays visible', template: 'Call {office}', want: 'Call {office}' },
    { name: 'null value stays visible', template: 'Call {phone}', want: 'Call {phone}' },
    { name: 'empty string is a value', template: '[{empty}]', want: '[]' },
    { name: 'doubled braces are literal', template: '{{name}} is {name}', want: '{name} is Rep. Jane Doe' },
    { name: 'a lone brace is left alone', template: 'a { b } c {', want: 'a { b } c {' },
    { name: 'HTML is not interpreted or escaped', template: '<b>{name}</b>', want: '<b>Rep. Jane Doe</b>' },
    { name: 'no placeholders', template: 'Hello.', want: 'Hello.' },
    { name: 'empty template', template: '', want: '' },
  ];
  for (const c of cases) it(c.name, () => expect(fillTemplate(c.template, values)).to.equal(c.want));

  it('does not re-scan inserted values', () => {
    expect(fillTemplate('{a}', { a: '{b}', b: 'x' })).to.equal('{b}');
  });

  it('does not read inherited properties', () => {
    expect(fillTemplate('{toString}', {})).to.equal('{toString}');
  });

  it('lists placeholders and the missing ones', () => {
    const t = 'Dear {name}, call {phone} or {office}; {name}. {{literal}}';
    expect(templatePlaceholders(t)).to.deep.equal(['name', 'phone', 'office']);
    expect(missingPlaceholders(t, values)).to.deep.equal(['phone', 'office']);
  });
});
