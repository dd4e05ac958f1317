// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { QuestionForm, type QuestionFormProps } from '@/components/wizard/QuestionForm';

// The form is a server component: what these tests see is what a browser without JavaScript gets.
const texts = { continue: 'Continue', errorSummaryTitle: 'There is a problem', errorPrefix: 'Error: ' };
const region: QuestionFormProps = {
  questionId: 'region', action: '/en/check/region', hidden: [['v', '1'], ['w', 'self']], title: 'Where will you enroll?', hint: 'Where they live.',
  options: [{ value: 'beijing', label: 'Beijing' }, { value: 'elsewhere', label: 'Somewhere else' }], noneLabel: null, values: [], error: null, texts,
};
const age: QuestionFormProps = { ...region, questionId: 'age', action: '/en/check/age', title: 'How old are you?', hint: null, options: [] };
const groups: QuestionFormProps = {
  ...region, questionId: 'special-groups', action: '/en/check/special-groups', title: 'Do any of these apply?', hint: null,
  options: [{ value: 'dibao', label: 'Dibao' }, { value: 'disability', label: 'Disability' }], noneLabel: 'None of these',
};

describe('QuestionForm (server-rendered, complete without JavaScript)', () => {
  it('is a real GET form, validated by the server only (novalidate), carrying the other answers and go=1', () => {
    const { container } = render(<QuestionForm {...region} />);
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/en/check/region');
    expect(form).toHaveAttribute('novalidate');
    expect(container.querySelector('input[type="hidden"][name="w"]')).toHaveValue('self');
    expect(container.querySelector('input[type="hidden"][name="go"]')).toHaveValue('1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where will you enroll?');
    expect(screen.getByRole('group')).toHaveAccessibleName('Where will you enroll?');
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Where they live.');
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('name'))).toEqual(['r', 'r']);
    // No error: no summary, nothing marked invalid.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('[aria-invalid]')).toBeNull();
  });

  it('shows the answer already given as chosen in the HTML itself (Change, Back and refresh keep it)', () => {
    const input = (html: string, value: string) => new RegExp(`<input[^>]*\\bvalue="${value}"[^>]*>`).exec(html)?.[0] ?? '';
    const html = renderToStaticMarkup(<QuestionForm {...region} values={['elsewhere']} />);
    expect(input(html, 'elsewhere')).toContain('checked=""');
    expect(input(html, 'beijing')).not.toContain('checked');
    expect(renderToStaticMarkup(<QuestionForm {...age} values={['35']} />)).toMatch(/<input id="a-field" type="text"[^>]* value="35"/);
    expect(input(renderToStaticMarkup(<QuestionForm {...groups} values={['none']} />), 'none')).toContain('checked=""');
    const two = renderToStaticMarkup(<QuestionForm {...groups} values={['dibao', 'disability']} />);
    expect(two.match(/checked=""/g)).toHaveLength(2);
  });

  it('with an error: a summary that takes focus on load and links to the field, the message by the field, the field marked invalid', () => {
    const message = 'Enter the age as a whole number from 0 to 120.';
    const { container } = render(<QuestionForm {...age} values={['abc']} error={message} />);
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading')).toHaveTextContent('There is a problem');
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#a-field');
    const field = screen.getByRole('textbox', { name: 'How old are you?' });
    expect(field).toHaveAttribute('id', 'a-field');
    expect(field).toHaveValue('abc'); // what was typed is kept
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(`Error: ${message}`);
    expect(container.querySelector('#a-error')).toHaveTextContent(`Error: ${message}`);
    expect(screen.getByText('Error:')).toHaveClass('sr-only');
    // autofocus works without a script; React writes it into the HTML.
    expect(renderToStaticMarkup(<QuestionForm {...age} error={message} />)).toMatch(/<div role="alert" tabindex="-1" autofocus=""/);
  });

  it('links the summary of a choice question to its first option, and keeps what was ticked', () => {
    render(<QuestionForm {...groups} values={['none', 'dibao']} error="If you choose none of these, do not tick anything else." />);
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveAttribute('href', '#g-field');
    expect(screen.getByRole('checkbox', { name: 'Dibao' })).toHaveAttribute('id', 'g-field');
    expect(screen.getByRole('checkbox', { name: 'Dibao' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Disability' })).not.toBeChecked();
  });

  it('takes numbers as text, so full-width digits and spaces reach the server (which cleans them)', () => {
    render(<QuestionForm {...age} />);
    const field = screen.getByRole('textbox', { name: 'How old are you?' });
    expect(field).toHaveAttribute('type', 'text');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).not.toHaveAttribute('pattern');
    expect(field).not.toHaveAttribute('maxlength');
  });
});
